import { COUNTRY_OF_WORD } from '../lexicon/countries';

/**
 * Example: "All remain above the central bank's 2% goal" on a page about the U.S. is the Fed's goal:
 * an alias qualified by a central bank is implied by the page when the page is about that bank's
 * country, as one qualified by the country itself is.
 */
export function qualifiedByPage(groups: readonly string[], pageCountry: string | null): boolean {
  if (!pageCountry) return false;
  for (const g of groups) if (g === pageCountry || COUNTRY_OF_WORD.get(g) === pageCountry) return true;
  return false;
}
