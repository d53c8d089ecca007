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
  // Stored bitcoin: 113,248.73 on 2025-07-31, 110,127.74 on 2025-08-24 (-2.76%), 111,788.01 on 2025-08-25 (-1.29%).
  it('month-so-far: "is now 2.8% lower for August" on Aug. 25, measured to the close before, is a question', () => {
    expect(verdictOf('Bitcoin is now 2.8% lower for August.', '2.8%', '2025-08-25')).toBe('check');
  });
  it('month-so-far: a month-to-date move far from either close stays red', () => {
    expect(verdictOf('Bitcoin is now 6.8% lower for August.', '6.8%', '2025-08-25')).toBe('differs');
  });
});
