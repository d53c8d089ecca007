import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isStockCount } from './stock-count';

describe('stock-count: a count of stocks is not the index', () => {
  it('reads "new 52-week highs", "decliners", "components"', () => {
    expect(isStockCount(' new 52-week highs and 13 new lows')).toBe(true);
    expect(isStockCount(' decliners on the NYSE')).toBe(true);
    expect(isStockCount(' sectors ended lower')).toBe(true);
    expect(isStockCount(' points, or 0.4%')).toBe(false);
  });
  it('"the S&P 500 posted 36 new 52-week highs" is no implausible S&P 500 level', () => {
    const text =
      'Volume ran heavy at 17.2 billion shares. On the session the S&P 500 logged 36 new 52-week highs against 13 new lows.';
    expect(idsOf(text, '2026-01-28')['36'] ?? '-').toBe('-');
  });
  it('count-adjective: "the Dow includes 30 traded stocks" is no implausible Dow level', () => {
    expect(isStockCount(' traded stocks in the U.S.')).toBe(true);
    const text = 'The Dow Jones Industrial Average is price-weighted and tracks 30 listed stocks.';
    expect(idsOf(text, '2025-11-07')['30'] ?? '-').toBe('-');
  });
});
