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

describe('straddled-day', () => {
  // Stored Coinbase prices: 88,837.97 on 2025-12-22, 87,594.74 on 12-23 (-1.40%), 87,516.00 on 12-24 (-0.09%).
  it('a 24-hour slide near the stored day before is a question, not red', () => {
    expect(verdictOf('Bitcoin slid 2.1% on the day as traders waited on the Fed.', '2.1%', '2025-12-24')).toBe('check');
  });
  it('a slide far from both stored days stays red', () => {
    expect(verdictOf('Bitcoin slid 6.1% on the day as traders waited on the Fed.', '6.1%', '2025-12-24')).toBe(
      'differs',
    );
  });
});
