import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('fund-name', () => {
  it('an index\'s name inside a fund\'s ("SPDR S&P Regional Banking ETF") is the fund', () => {
    expect(idsOf('The SPDR S&P Regional Banking ETF slumped 4% intraday.', '2025-10-16')['4%']).toBe('-');
  });
  it('the index itself, even written "Index", still is', () => {
    expect(idsOf('The S&P 500 Index fell 0.6%.', '2025-10-16')['0.6%']).toBe('idx.sp500');
  });
});
