import { describe, expect, it } from 'vitest';
import { cellVerdictOf } from '../test-engine';

const verdictOf = (caption: string, cell: string) =>
  cellVerdictOf({ caption, column: 'Close', row: 'Nikkei 225', cell }, '2024-08-05T06:30:00-04:00');

// Stored Nikkei 225: 35,909.70 on Friday 2024-08-02, 31,458.42 on Monday 2024-08-05.
describe('two-day-caption', () => {
  it('"Latest closes (Asia Monday, U.S. and commodities Friday)": the caption dates no cell', () => {
    expect(verdictOf('Latest closes (Asia Monday, U.S. and commodities Friday)', '31,458.42')).toBe('matches');
    expect(verdictOf('Latest closes (Asia: Monday; U.S. and commodities: Friday)', '31,458.42')).toBe('matches');
  });
  it('a caption with one day still dates its cells', () => {
    expect(verdictOf('Closes on Friday', '31,458.42')).toBe('differs');
  });
  it('a comparison ("Friday vs. Monday") keeps its days', () => {
    expect(verdictOf('Closes, Monday vs. Friday: Friday', '31,458.42')).toBe('differs');
  });
});
