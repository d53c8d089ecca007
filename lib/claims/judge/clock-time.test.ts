import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('clock-time', () => {
  // Stored USD/JPY (New York noon): 147.69 on 2025-08-14.
  it('"146.55-57 yen at 5 p.m. Thursday" in Tokyo is that hour\'s price: off the noon rate by a little, a question', () => {
    const s = 'In Tokyo on Friday the dollar bought 147.09-10 yen at 4 p.m., against 146.55-57 yen at 5 p.m. Thursday.';
    expect(verdictOf(s, '146.55-57 yen', '2025-08-15')).toBe('check');
  });
  it("the same quote given as Thursday's close stays red", () => {
    expect(verdictOf('The dollar closed Thursday in New York at 146.55 yen.', '146.55 yen', '2025-08-15')).toBe(
      'differs',
    );
  });
});

describe('swapped-not-near', () => {
  // Stored GBP/USD: 2026-07-02 close 1.3364; the previous close lower.
  it('a level that is the close with two digits swapped is not "traded near", though it lies between the closes', () => {
    const blocks = [{ text: '1.3346', context: 'Snapshot, Thursday, July 2 · Level · GBP/USD' }];
    expect(verdictOf(blocks, '1.3346', '2026-07-02')).not.toBe('matches');
  });
});
