import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('crypto-rolling-day', () => {
  // Stored Coinbase prices: 89,365.99 on 2026-01-23 and 88,136.48 on 2026-01-26, a fall of 1.38%.
  it("a coin's day move a little off the stored one is a question", () => {
    expect(verdictOf('Bitcoin slipped 1.6% on the day to its weakest level in five weeks.', '1.6%', '2026-01-26')).toBe(
      'check',
    );
  });

  it('a day move of quite another size stays red', () => {
    expect(verdictOf('Bitcoin slipped 6.6% on the day to its weakest level in five weeks.', '6.6%', '2026-01-26')).toBe(
      'differs',
    );
  });
});
