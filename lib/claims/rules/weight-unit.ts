import type { AliasDrop } from '../site';
import { POUND_PRICED_GOODS } from '../lexicon/weight-goods';

/**
 * weight-unit. Example: "Copper futures climbed to $4.0770 per pound, gaining $0.0625": in a sentence
 * about goods priced by weight, "per pound" or "a pound" is the unit of the price, not sterling.
 */
const UNIT_LEAD_WORDS: ReadonlySet<string> = new Set(['per', 'a', 'an']);

/** Whether tokens[i], a "pound", is a unit of weight. */
export function isPoundUnit(tokens: readonly { norm: string }[], i: number): boolean {
  if (tokens[i]?.norm !== 'pound' || !UNIT_LEAD_WORDS.has(tokens[i - 1]?.norm ?? '')) return false;
  return tokens.some((t) => POUND_PRICED_GOODS.has(t.norm));
}

export const weightUnit: AliasDrop = (o, { info }) =>
  o.entry.indicator.kind === 'fx' && o.first === o.last && isPoundUnit(info.tokens, o.first);
