import type { Indicator } from '../../dataset/schema';
import { namesCore } from '../subjects/core-measure';

/** An alias that defines the core by what it leaves out: "excluding fresh food", "all items less food and energy". */
const LEAVES_OUT_RE = /\b(?:excluding|ex|less)\b/i;

/**
 * variant-unnamed. Example: "PCE inflation ticked up to 2.4% in May": news writes "PCE inflation" and "the
 * Fed's preferred gauge" for the headline measure about as often as for the core one, and the catalogue
 * holds only the core. An alias of a core measure that neither says "core" nor defines it, with nothing
 * before the figure in its sentence (`text` from `from` to `to`) saying so, leaves the variant uncertain: a gap is a "check", not a red.
 */
export function variantUnnamed(indicator: Indicator, alias: string, text: string, from: number, to: number): boolean {
  // Asked of every matched figure: the sentence is read only for a core measure.
  if (!/(?:^|\.)core_/.test(indicator.id)) return false;
  return !namesCore(alias) && !LEAVES_OUT_RE.test(alias) && !namesCore(text.slice(from, to));
}
