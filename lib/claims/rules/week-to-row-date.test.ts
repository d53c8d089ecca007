import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Sunday 2026-03-15: bitcoin up about 10.4% from Mar 8; the Nasdaq down 1.3% in the week to Friday Mar 13.
describe('week-to-row-date (and one-week-column)', () => {
  it('a "1-week change" cell in a row dated by its own cell is the week to that date', () => {
    const cs = claimsOf(
      [
        { text: '+10.4%', context: 'Week at a Glance · 1-week change · Bitcoin (Coinbase) · Mar 15' },
        { text: '−1.3%', context: 'Week at a Glance · 1-week change · Nasdaq Composite · Mar 13' },
      ],
      '2026-03-15',
    );
    for (const c of cs) {
      expect(c.period?.type === 'span' ? c.period.label : null).toMatch(/^week to /);
      expect(c.judgement?.verdict).toBe('matches');
    }
    expect(cs).toHaveLength(2);
  });
});

describe('seven-day-column', () => {
  // S&P 500: 6,715.79 on Friday 2025-10-03, 6,552.51 on Friday 2025-10-10 (-2.43%); Friday's own move -2.71%.
  it('"The week in one table · 7 days · S&P 500, Friday · -2.43%" is the seven days to Friday, not Friday\'s move', () => {
    const [c] = claimsOf(
      [{ text: '-2.43%', context: 'The week in one table · 7 days · S&P 500, Friday' }],
      '2025-10-11',
    );
    expect(c?.period?.type === 'span' ? c.period.from : null).toBe('2025-10-03');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
