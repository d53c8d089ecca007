import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('crypto-swing-day', () => {
  // Stored prices: 60,312.60 on 2024-09-16, 62,960.14 on 09-18, 63,210.69 on 09-19 (+0.4% on the day, +4.8% from 09-16).
  it("a coin's day move near the stored move from a few days before is a question, not red", () => {
    expect(verdictOf('Bitcoin rallied 4.9% on the day to $63,150 after the rate cut.', '4.9%', '2024-09-19')).toBe(
      'check',
    );
  });

  it('a day move near no stored window stays red', () => {
    expect(verdictOf('Bitcoin rallied 9.5% on the day to $63,150 after the rate cut.', '9.5%', '2024-09-19')).toBe(
      'differs',
    );
  });
});

describe('swing-points', () => {
  // Stored prices: 88,837.97 on 2025-12-22, 87,594.74 on 12-23 (-1.40%).
  it("a coin's day move a point past the stored one, same sign, is a question; far past it stays red", () => {
    expect(verdictOf('Bitcoin shed 2.5% on the day to $87,700.', '2.5%', '2025-12-23')).toBe('check');
    expect(verdictOf('Bitcoin shed 4.5% on the day to $87,700.', '4.5%', '2025-12-23')).toBe('differs');
  });
});
