import type { AliasDrop } from '../site';

/** Words that leave items out of a price index. */
const LEAVES_OUT: ReadonlySet<string> = new Set(['excluding', 'ex', 'less', 'minus', 'without']);
/** Items whose exclusion makes a measure the catalogue does not keep ("supercore": services less shelter). */
const OTHER_ITEMS: ReadonlySet<string> = new Set(['shelter', 'rent', 'housing', 'service']);
/** How far after the name the exclusion may start, and how long its list may run (tokens). */
const LEAD_TOKENS = 3;
const LIST_TOKENS = 7;

/**
 * other-exclusion. Example: "the consumer price index less food, energy and rent rose 2.2%": a price index that
 * leaves out more than food and energy is another measure than the headline or the core the catalogue keeps.
 */
export const otherExclusion: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.kind !== 'inflation') return false;
  const { tokens } = info;
  for (let k = o.last + 1; k <= o.last + LEAD_TOKENS && k < tokens.length; k++) {
    if (!LEAVES_OUT.has(tokens[k]!.norm)) continue;
    for (let j = k + 1; j <= k + LIST_TOKENS && j < tokens.length; j++)
      if (OTHER_ITEMS.has(tokens[j]!.norm)) return true;
    return false;
  }
  return false;
};
