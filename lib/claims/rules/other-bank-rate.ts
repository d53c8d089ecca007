import type { AliasDrop } from '../site';

/** A central bank's other rates, which the catalogue does not hold: the refinancing and marginal lending rates. */
const OTHER_RATE_WORDS: ReadonlySet<string> = new Set(['refinancing', 'refi', 'mro', 'marginal']);

/**
 * Example: "deposit rate at 2.00%, main refinancing at 2.15%, marginal lending at 2.40%": a rate
 * named between an alias and the figure is that figure's subject, another rate of the same bank.
 */
export const otherBankRate: AliasDrop = (o, { info, cs, ce }) => {
  if (o.entry.indicator.kind !== 'rate' || o.last >= cs) return false;
  for (let i = o.last + 1; i < cs; i++) if (OTHER_RATE_WORDS.has(info.tokens[i]!.norm)) return true;
  // rate-named-after: "will stay at 2.0% for the deposit facility, at 2.15% for the main refinancing
  // operations": a rate named by "for ..." right after the figure is that figure's.
  const { tokens } = info;
  if (tokens[ce + 1]?.norm !== 'for') return false;
  for (let i = ce + 2; i < Math.min(tokens.length, ce + 2 + RATE_AFTER_REACH); i++)
    if (OTHER_RATE_WORDS.has(tokens[i]!.norm)) return true;
  return false;
};

/** How many tokens after "for" the other rate's word may stand ("for the main refinancing"). */
const RATE_AFTER_REACH = 3;
