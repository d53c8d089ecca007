import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('fund-name', () => {
  it('an index\'s name inside a fund\'s ("Bayline S&P Community Lenders ETF") is the fund', () => {
    expect(idsOf('The Bayline S&P Community Lenders ETF sank 4% in early dealing.', '2025-10-16')['4%']).toBe('-');
  });
  it('the index itself, even written "Index", still is', () => {
    expect(idsOf('The S&P 500 Index fell 0.6%.', '2025-10-16')['0.6%']).toBe('idx.sp500');
  });
});
