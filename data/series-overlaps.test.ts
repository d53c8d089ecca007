import { describe, expect, it } from 'vitest';
import { seriesOverlaps } from './validate-rows';

describe('seriesOverlaps: one indicator from several publishers, never two figures for a day', () => {
  const coinbase = {
    line: 2,
    file: 'crypto.eth_usd.coinbase.csv',
    indicator: 'crypto.eth_usd',
    frequency: 'daily',
    points: [
      ['2024-07-21', 3500],
      ['2024-07-22', 3441.25],
    ] as [string, number][],
  };
  it('accepts consecutive segments', () => {
    const kraken = {
      ...coinbase,
      line: 3,
      file: 'crypto.eth_usd.csv',
      points: [['2024-07-23', 3480.96]] as [string, number][],
    };
    expect(seriesOverlaps('series.csv', [kraken, coinbase])).toEqual([]);
  });
  it('refuses a segment that starts before the other ends', () => {
    const kraken = {
      ...coinbase,
      line: 3,
      file: 'crypto.eth_usd.csv',
      points: [['2024-07-22', 3440]] as [string, number][],
    };
    const errors = seriesOverlaps('series.csv', [coinbase, kraken]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.reason).toContain(
      'crypto.eth_usd.csv starts 2024-07-22, before crypto.eth_usd.coinbase.csv ends',
    );
  });
});
