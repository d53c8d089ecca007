import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('other-coin: a coin the catalogue lacks owns the figure after it', () => {
  it('"Ethereum ETH/USD +1.98% $4,607.27 XRP XRP/USD +1.24%": the 1.24% is XRP\'s', () => {
    const ids = idsOf(
      'Bitcoin BTC/USD -0.13% $116,605.69 Ethereum ETH/USD +1.98% $4,607.27 XRP XRP/USD +1.24% $3.08',
      '2025-09-17',
    );
    expect([ids['+1.98%'], ids['+1.24%'] ?? '-']).toEqual(['crypto.eth_usd', '-']);
  });
});

describe('other-coin: tickers', () => {
  it('"BTC has gained 28% and SOL 33%": the 33% is Solana\'s', () => {
    const ids = idsOf('Ether has gone nowhere in 2024, while BTC has gained 28% and SOL 33%.', '2024-09-18');
    expect([ids['28%'], ids['33%']]).toEqual(['crypto.btc_usd', '-']);
  });
});
