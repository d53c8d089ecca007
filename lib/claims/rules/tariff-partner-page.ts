import type { AliasDrop } from '../site';
import { anyIn, clauseNames } from '../subjects/nearness';
import { COUNTRY_GROUPS } from '../lexicon/countries';

/** The country that imposes the tariffs the catalogue holds. */
const IMPOSER = 'us';

/**
 * tariff-partner-page. Example: "Carmakers, which still face a separate 25% U.S. levy on vehicles, led the
 * gains" in a story about Seoul: a generic name ("levy on vehicles") of a tariff the catalogue keeps for
 * one partner (Japan's autos) is not that partner's in a sentence naming another partner, or on a page
 * about another country that has not named the partner, unless the clause names it.
 */
export const tariffPartnerPage: AliasDrop = (o, { page, sentenceGroups, info, cs, ce }) => {
  const ind = o.entry.indicator;
  if (ind.kind !== 'tariff') return false;
  const partners = [...o.entry.countries].filter((c) => c !== IMPOSER);
  const lead = page.leading;
  if (!partners.length) return false;
  const partnerSet = new Set(partners);
  if (anyIn(o.entry.ownerGroups, sentenceGroups) || clauseNames(info, cs, ce, partnerSet)) return false;
  // The sentence names another partner's goods ("Korean carmakers ... face a 25% U.S. levy on imported cars").
  for (const g of sentenceGroups) if (COUNTRY_GROUPS.has(g) && g !== IMPOSER && !partnerSet.has(g)) return true;
  return !!lead && lead !== IMPOSER && !partnerSet.has(lead) && !page.named(partnerSet);
};
