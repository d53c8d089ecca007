import { describe, expect, it } from 'vitest';
import { idsOf, ruleOf } from '../test-engine';

describe('next-conjunct: a name after "and" is the next clause\'s subject', () => {
  it('"The S&P 500 rose 0.67% and the two-year Treasury yield fell 7 basis points"', () => {
    const text = 'The S&P 500 rose 0.67% and the two-year Treasury yield fell 7 basis points.';
    expect(ruleOf(text, '0.67%', '2025-12-10').id).toBe('idx.sp500');
    expect(ruleOf(text, '7 basis points', '2025-12-10').id).toBe('us.ust_2y_yield');
  });
});

describe('comma-conjunct', () => {
  it('"Nasdaq Gains 1.3%, Dollar Index Slips 0.4%": the name after the comma is the next item\'s', () => {
    const ids = idsOf('Nasdaq Gains 1.3%, Dollar Index Slips 0.4%', '2025-10-05');
    expect([ids['1.3%'], ids['0.4%']]).toEqual(['idx.nasdaq_composite', 'fx.dxy']);
  });
});
