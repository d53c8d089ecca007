/**
 * Example: "carry an extra 30% tariff", "cars from Japan": the words of a duty and of the goods it
 * falls on, for the goods-tariff rule.
 */

/** Nouns for a duty on imports. */
export const TARIFF_NOUNS = 'tariffs?|duty|duties|levy|levies';

/**
 * Words allowed between a rate and its duty noun: "a 15% U.S. tariff", "an extra 30% tariff", "the 25%
 * Section 232 duty" (the law a duty was set under).
 */
export const TARIFF_QUALIFIERS = String.raw`u\.s\.|us|american|extra|additional|reciprocal|import|blanket|section[\s\u00a0]+\d{3}`;

/** Goods with a duty of their own, by the word the indicator id uses ("autos" of us.tariff_autos_japan). */
export const TARIFF_PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  autos: ['car', 'cars', 'auto', 'autos', 'vehicle', 'vehicles', 'automobile', 'automobiles', 'automakers'],
  steel: ['steel'],
};

/** Words for a duty other than the new U.S. tariffs the catalogue holds: "the standard 2.5% levy". */
export const OTHER_DUTY_WORDS = 'standard|existing|pre-existing|normal|usual|mfn|most-favou?red-nation';

/** Words after a duty's rate that put it in force later: "a 15% duty ... starting Aug. 7". */
export const SCHEDULED_WORDS = 'starting|effective|beginning|from[\\s\\u00a0]+next';

/**
 * Words after a country that make it the maker of a trade measure, not the economy a sentence is about:
 * "US tariffs", "American duties"; and after "trade", "U.S. trade policies" ("Japan's trade data" is Japan's own).
 */
export const IMPOSED_WORDS: ReadonlySet<string> = new Set(['tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies']);
export const TRADE_ACTION_WORDS: ReadonlySet<string> = new Set([
  'policy',
  'policies',
  'war',
  'wars',
  'barriers',
  'measures',
  'threats',
  'restrictions',
]);
