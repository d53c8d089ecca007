import type { AliasDrop } from '../site';
import { OTHER_COIN_WORDS } from '../lexicon/market-measures';

/**
 * other-coin. Example: "Bitcoin BTC/USD -0.13% $116,605.69 Ethereum ETH/USD +1.98% $4,607.27 XRP XRP/USD +1.24%":
 * a coin the catalogue does not keep, named between a catalogue coin and the figure, owns the figure.
 */
export const otherCoin: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'crypto' || o.last >= cs) return false;
  for (let i = o.last + 1; i < cs; i++) if (OTHER_COIN_WORDS.has(info.tokens[i]!.norm)) return true;
  return false;
};
