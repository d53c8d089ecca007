import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

const caption = 'Closing rates, 30 December 2025 (GBP/USD at the Bank of England fixing)';

describe("cell-headers-own: a cell's own headers outrank the caption", () => {
  it('a "Change in 2025" cell in the row "USD/JPY" is the pair\'s move, not the rate the caption names', () => {
    const ids = idsOf([
      { text: '+2.6%', context: `${caption} · Change in 2025 · USD/JPY` },
      { text: '−1.9%', context: `${caption} · Change in 2025 · EUR/USD` },
    ]);
    expect(ids['+2.6%']).toBe('fx.usdjpy');
    expect(ids['−1.9%']).toBe('fx.eurusd');
  });

  it('a caption that is the only header still names the cell', () => {
    const ids = idsOf([{ text: '1.3420', context: 'GBP/USD close' }]);
    expect(ids['1.3420']).toBe('fx.gbpusd');
  });
});
