import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('fixing-series-move', () => {
  // Stored ECB reference rates: 2025-07-10 to 2025-07-11, -0.22%.
  it("a market day's move of the euro against two reference rates, same way and a few tenths off, is check", () => {
    expect(verdictOf('The single currency shed 0.1% against the greenback on Friday.', '0.1%', '2025-07-14')).toBe(
      'check',
    );
  });
  // Stored ECB reference rates: 2025-09-15 to 2025-09-16, +0.35%.
  it("a move up to twice the fixings' move, the same way, is check", () => {
    const s = 'The single currency added 0.7% on Tuesday to trade at a four-year high of 1.1847 per dollar.';
    expect(verdictOf(s, '0.7%', '2025-09-17')).toBe('check');
  });
  it('a move of quite another size stays red', () => {
    expect(verdictOf('The single currency shed 1.4% against the greenback on Friday.', '1.4%', '2025-07-14')).toBe(
      'differs',
    );
  });
});
