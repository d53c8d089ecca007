import type { AliasDrop } from '../site';
import { COUNTRY_OF_WORD } from '../lexicon/countries';

/**
 * country-inside-alias. Example: "The two-year JGB yield rose 1 bp to 0.815%": a word naming another country's
 * bonds standing inside a yield alias's words ("two-year [JGB] yield") makes the phrase that country's, not the
 * U.S. two-year yield the alias names.
 */
export const countryInsideAlias: AliasDrop = (o, { info }) => {
  // Only a yield's words: "the afternoon auction in London, the price ..." is where gold's auction is held.
  if (o.last - o.first < 2 || o.entry.indicator.kind !== 'yield') return false;
  for (let i = o.first + 1; i < o.last; i++) {
    const g = COUNTRY_OF_WORD.get(info.tokens[i]!.norm);
    if (g && !o.entry.countries.has(g)) return true;
  }
  return false;
};
