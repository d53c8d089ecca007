import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('row-owner: the country a table row names picks its own indicator', () => {
  const caption = 'Top foreign owners of U.S. Treasury securities ($ billion) · Sep 2025';
  it('"China, Mainland" and "United Kingdom" rows are their own holdings, not Japan\'s', () => {
    const ids = idsOf(
      [
        { context: `${caption} · China, Mainland`, text: '700.5' },
        { context: `${caption} · United Kingdom`, text: '860.7' },
      ],
      '2025-12-01',
    );
    expect(ids['700.5']).toBe('cn.ust_holdings');
    expect(ids['860.7']).toBe('uk.ust_holdings');
  });

  it("a monthly change in such a row is that holder's, not the foreign total", () => {
    const ids = idsOf(
      [
        {
          context: 'Top foreign owners of U.S. Treasury securities ($ billion) · Change · China, Mainland',
          text: '−3.2',
        },
      ],
      '2025-12-01',
    );
    expect(ids['−3.2']).toBe('cn.ust_holdings');
  });
});

describe('total-row-part', () => {
  it('under a caption naming all foreign holders, a country row is that holder, not the total', () => {
    const caption = 'Largest foreign holders of U.S. Treasuries at end-March 2026 ($ billions)';
    const ids = idsOf(
      [
        { context: `${caption} · Month-end · Japan`, text: '1,191.6' },
        { context: `${caption} · Monthly change · Japan`, text: '−47.7' },
        { context: `${caption} · Monthly change · United Kingdom`, text: '+29.6' },
      ],
      '2026-05-21',
    );
    expect(ids['1,191.6']).toBe('jp.ust_holdings');
    expect(ids['−47.7']).toBe('jp.ust_holdings');
    expect(ids['+29.6']).toBe('uk.ust_holdings');
  });
});

describe('row-owner-family', () => {
  it('under "10-year yield" and "Policy rate" columns, the "Japan" row is the JGB and the BOJ, the euro row the ECB', () => {
    const cap = 'Ten-year benchmarks and central bank rates at the close';
    const ids = idsOf(
      [
        { context: `${cap} · 10-year yield · Japan`, text: '2.69%' },
        { context: `${cap} · Policy rate · Japan`, text: '0.75%' },
        { context: `${cap} · Policy rate · Euro area`, text: '2.00%' },
      ],
      '2026-05-15',
    );
    expect(ids['2.69%']).toBe('jp.jgb_10y_yield');
    expect(ids['0.75%']).toBe('jp.boj_policy_rate');
    expect(ids['2.00%']).toBe('ea.ecb_deposit_rate');
  });
});
