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
