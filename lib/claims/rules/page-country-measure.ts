import type { AliasDrop } from '../site';
import { COUNTRY_PREFIX, PAGE_COUNTRY_KINDS } from '../lexicon/countries';
import { anyIn, clauseNames } from '../subjects/nearness';

/**
 * Example: "Core inflation: 3.0%" in a story about Japan is Japan's, not the U.S. figure an
 * unqualified alias would name: a country's own indicator needs its country in the claim's clause
 * when the page is about another.
 */
export const pageCountryMeasure: AliasDrop = (o, { page, sentenceGroups, info, cs, ce }) => {
  const pageCountry = page.leading;
  const ind = o.entry.indicator;
  const countries = o.entry.countries;
  return (
    !!pageCountry &&
    !anyIn(o.entry.ownerGroups, sentenceGroups) &&
    PAGE_COUNTRY_KINDS.has(ind.kind) &&
    COUNTRY_PREFIX.test(ind.id) &&
    !countries.has(pageCountry) &&
    (page.clear() || !page.named(countries)) &&
    !clauseNames(info, cs, ce, countries) &&
    !previousNamesOnly(page.previous, countries)
  );
};

/**
 * previous-country-measure: "The loonie drew support from softer US price data. Headline CPI rose 2.8%"
 * on a page about Canada: the sentence just before names the measure's country, and no other.
 */
function previousNamesOnly(previous: ReadonlySet<string> | null, countries: ReadonlySet<string>): boolean {
  if (previous?.size !== 1) return false;
  for (const c of previous) return countries.has(c);
  return false;
}
