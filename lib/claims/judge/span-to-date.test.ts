import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('span-to-date: a move to date told as running to the hour may be measured before the close', () => {
  it('"The KOSPI has risen 9.68% so far this year" at midday, against 9.91% to the close, is a question', () => {
    expect(verdictOf('The KOSPI has risen 9.68% so far this year.', '9.68%', '2025-05-27')).toBe('check');
  });
  it("far outside the day's range it is still red", () => {
    expect(verdictOf('The KOSPI has risen 12.5% so far this year.', '12.5%', '2025-05-27')).toBe('differs');
  });
  it('a span told as ended ("So far this year, the KOSPI rose 9.68%") keeps its verdict', () => {
    expect(verdictOf('So far this year, the KOSPI rose 9.68%.', '9.68%', '2025-05-27')).toBe('differs');
  });
  it("a rise told for the week's fall of the same size is a slip, not an earlier hour", () => {
    expect(verdictOf('Gold is still up 1.8% from a week earlier.', '1.8%', '2025-04-23')).toBe('differs');
  });
});
