import type { AliasDrop } from '../site';

/**
 * currency-basket. Example: "the broad euro NEER is only 0.2% stronger compared to the December meeting": a
 * currency's value against a basket (nominal or real effective rate, trade-weighted index) is not its rate
 * against the dollar, though the currency is named.
 */
const BASKET_WORDS: ReadonlySet<string> = new Set(['neer', 'reer', 'weighted', 'effective']);
/** Tokens read back from the figure for a basket word. */
const REACH = 12;

export const currencyBasket: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'fx' || o.entry.indicator.id === 'fx.dxy') return false;
  const { tokens } = info;
  for (let i = Math.max(0, Math.min(o.first, cs) - 3); i < cs && i < Math.min(o.first, cs) + REACH; i++) {
    const w = tokens[i]!.norm;
    // "trade-weighted" is two tokens; "effective" only as "effective exchange rate".
    if (!BASKET_WORDS.has(w)) continue;
    if (w === 'weighted' ? tokens[i - 1]?.norm === 'trade' : w !== 'effective' || tokens[i + 1]?.norm === 'exchange')
      return true;
  }
  return false;
};
