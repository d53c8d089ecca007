import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe("series-gap-day: a currency series that skips a U.S. holiday cannot judge a day's move across it", () => {
  it('"the won ... down 0.0% on the day" on Tuesday 2025-05-27, after Memorial Day, is a question', () => {
    const s = 'In offshore trading, the won was quoted at 1,368.1 per dollar, down 0.0% on the day.';
    expect(verdictOf(s, '0.0%', '2025-05-27')).toBe('check');
  });
  it("an index's own holiday is its market's: the Nikkei's move across Japan's 2024-09-23 holiday is judged", () => {
    expect(verdictOf('The Nikkei 225 rose 261.68 points on Tuesday.', '261.68 points', '2024-09-24')).toBe('differs');
  });
  it('the stored move told the other way is still red', () => {
    expect(verdictOf('The dollar fell 0.79% against the won on Tuesday.', '0.79%', '2025-05-27')).toBe('differs');
  });
});
