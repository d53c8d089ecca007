import type { AliasDrop } from '../site';
import { OTHER_PRICE_INDEX_WORDS } from '../lexicon/other-measures';

/**
 * other-price-index. Example: "The PCE price index for May rose 0.1%, putting the annual inflation rate
 * at 2.3%": an unnamed inflation rate in a sentence about another price gauge (PCE, PPI, a deflator)
 * is that gauge's, not the CPI's, unless the sentence names the CPI too.
 */
const CPI_ALIAS_RE = /\b(?:cpi|consumer|all items)\b/i;
const CPI_WORDS: ReadonlySet<string> = new Set(['cpi', 'consumer']);

export const otherPriceIndex: AliasDrop = (o, { info }) => {
  const ind = o.entry.indicator;
  if (ind.kind !== 'inflation' || !ind.id.includes('cpi') || CPI_ALIAS_RE.test(o.entry.alias)) return false;
  let other = false;
  for (const t of info.tokens) {
    if (CPI_WORDS.has(t.norm)) return false;
    if (OTHER_PRICE_INDEX_WORDS.has(t.norm)) other = true;
  }
  return other;
};
