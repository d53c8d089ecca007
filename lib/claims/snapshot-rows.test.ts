import { describe, expect, it } from 'vitest';
import { idsOf } from './test-engine';

describe('snapshot rows with dot leaders and short tenors', () => {
  it('dot-leader, signed-column, tenor-yr: "US 30-yr yield ... 4.71%   +13 bp" and "Dollar index ..... 102.96   -0.29%"', () => {
    const ids = idsOf(
      [{ text: 'US 30-yr yield ... 4.71%   +13 bp' }, { text: 'Dollar index ..... 102.96 \u00a0 -0.29%' }],
      '2025-04-08',
    );
    expect(ids['4.71%']).toBe('us.ust_30y_yield');
    expect(ids['+13 bp']).toBe('us.ust_30y_yield');
    expect(ids['102.96']).toBe('fx.dxy');
    expect(ids['-0.29%']).toBe('fx.dxy');
  });
});
