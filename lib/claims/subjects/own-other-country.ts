import { COUNTRY_GROUPS } from '../lexicon/countries';
import type { FigureSite } from './order';

/**
 * own-other-country. Example: "The Fed may cut again in December. Monetary authorities trimmed the
 * Korean policy rate twice, lowering it a combined 50 basis points": the sentence names a measure of
 * the carried subject's kind for another country before the figure, so "it" is that measure, not
 * the subject carried from before.
 */
export function namesOtherCountrysMeasure(s: FigureSite, carriedId: string, kind: string): boolean {
  const own = s.catalogue.countriesOf(carriedId);
  const other = [...s.sentenceGroups].some((g) => COUNTRY_GROUPS.has(g) && !own?.has(g));
  if (!other) return false;
  return s.occs.some((o) => o.last < s.cs && o.entry.indicator.kind === kind && o.entry.indicator.id !== carriedId);
}
