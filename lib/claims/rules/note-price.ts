import type { AliasDrop } from '../site';

/** Words that say a figure is a yield, not the bond's price. */
const YIELD_WORDS: ReadonlySet<string> = new Set(['yield', 'yields', 'rate', 'rates', 'bp', 'bps', 'basis']);

/**
 * Example: "the 10-year note changed hands near 112-16, 0.02% firmer": a note named without its
 * yield, moving by a percentage, is the note's price, not the yield (which moves in basis points).
 */
export const notePrice: AliasDrop = (o, { info, expr, getCtx }) => {
  if (o.entry.indicator.kind !== 'yield' || expr.unit !== 'percent') return false;
  if (/yield/i.test(o.entry.alias)) return false;
  for (const t of info.tokens) if (YIELD_WORDS.has(t.norm)) return false;
  return getCtx().kind === 'change';
};
