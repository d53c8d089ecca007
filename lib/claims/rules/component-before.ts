import type { AliasDrop } from '../site';
import { BASKET_COMPONENT_WORDS } from '../lexicon/other-measures';
import { leftOutBefore } from './basket-component';

/** How far before the part a word that leaves it out may stand: "Stripping out food and energy, core CPI". */
const LEFT_OUT_REACH = 4;

/**
 * component-before. Example: "UK services CPI (YoY), Jun · 5.7%": a part of the basket right before the inflation
 * measure's name, or between its words ("UK services CPI" for "UK CPI"), names that part's rate, not the headline's.
 */
export const componentBefore: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.kind !== 'inflation') return false;
  const { tokens } = info;
  const prev = o.first - 1;
  // "food and energy, core CPI rose": past a comma the part is no modifier of the measure.
  if (prev >= 0 && BASKET_COMPONENT_WORDS.has(tokens[prev]!.norm) && !info.punctBetween(prev, o.first, true))
    return !leftOutBefore(tokens, prev, LEFT_OUT_REACH);
  if (o.gaps === 0) return false;
  for (let k = o.first + 1; k < o.last; k++)
    if (BASKET_COMPONENT_WORDS.has(tokens[k]!.norm) && !leftOutBefore(tokens, k, LEFT_OUT_REACH)) return true;
  return false;
};
