import type { AliasDrop } from '../site';
import { BASKET_COMPONENT_WORDS, BASKET_LEFT_OUT_WORDS } from '../lexicon/other-measures';

/**
 * component-before. Example: "UK services CPI (YoY), Jun · 5.7%": a part of the basket right before the inflation
 * measure's name, or between its words ("UK services CPI" for "UK CPI"), names that part's rate, not the headline's.
 */
/** How far before the part a word that leaves it out may stand: "Stripping out food and energy, core CPI". */
const LEFT_OUT_REACH = 4;

export const componentBefore: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.kind !== 'inflation') return false;
  const { tokens } = info;
  const leftOut = (k: number) => {
    for (let j = Math.max(0, k - LEFT_OUT_REACH); j < k; j++)
      if (BASKET_LEFT_OUT_WORDS.has(tokens[j]!.norm)) return true;
    return false;
  };
  const prev = o.first - 1;
  // "food and energy, core CPI rose": past a comma the part is no modifier of the measure.
  if (prev >= 0 && BASKET_COMPONENT_WORDS.has(tokens[prev]!.norm) && !info.punctBetween(prev, o.first, true))
    return !leftOut(prev);
  if (o.gaps === 0) return false;
  for (let k = o.first + 1; k < o.last; k++)
    if (BASKET_COMPONENT_WORDS.has(tokens[k]!.norm) && !leftOut(k)) return true;
  return false;
};
