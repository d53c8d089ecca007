import type { AliasDrop } from '../site';

/** A central bank's other rates, which the catalogue does not hold: the refinancing and marginal lending rates. */
const OTHER_RATE_WORDS: ReadonlySet<string> = new Set(['refinancing', 'refi', 'mro', 'marginal']);

/**
 * Example: "deposit rate at 2.00%, main refinancing at 2.15%, marginal lending at 2.40%": a rate
 * named between an alias and the figure is that figure's subject, another rate of the same bank.
 */
export const otherBankRate: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'rate' || o.last >= cs) return false;
  for (let i = o.last + 1; i < cs; i++) if (OTHER_RATE_WORDS.has(info.tokens[i]!.norm)) return true;
  return false;
};
