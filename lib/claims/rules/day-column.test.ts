import { describe, expect, it } from 'vitest';
import { cellVerdictOf } from '../test-engine';

const verdictOf = (column: string, cell: string) =>
  cellVerdictOf({ caption: 'July in numbers', column, row: 'Brent spot', cell }, '2026-07-31T18:00:00-04:00');

// Stored Brent spot: +5.48% on 2026-07-31 over the day, +37.6% over July.
describe('day-column', () => {
  it('"July in numbers · Day · Brent spot · +5.48%" is the last session\'s move, not July\'s', () => {
    expect(verdictOf('Day', '+5.48%')).toBe('matches');
  });
  it('a "Month" column keeps the caption\'s month', () => {
    expect(verdictOf('Month', '+5.48%')).toBe('differs');
  });
});
