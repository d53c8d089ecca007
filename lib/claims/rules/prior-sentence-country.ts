import type { AliasDrop } from '../site';
import { COUNTRY_GROUPS, COUNTRY_PREFIX, PAGE_COUNTRY_KINDS } from '../lexicon/countries';
import { anyIn } from '../subjects/nearness';

/**
 * Example: "Canadian retail sales beat forecasts. Core sales fell 0.7% on the month": a measure named
 * without its economy, right after a sentence about one other country, is that country's, not the
 * U.S. figure the bare alias would name.
 */
export const priorSentenceCountry: AliasDrop = (o, { page, sentenceGroups }) => {
  const ind = o.entry.indicator;
  // prior-bank-country: "The Reserve Bank of New Zealand cut by 50 basis points. The decision to reduce
  // the cash rate to 4.75% ...": a policy rate named without its bank, after a sentence about another
  // country's bank, is that bank's, not the RBA's.
  if ((!PAGE_COUNTRY_KINDS.has(ind.kind) && ind.kind !== 'rate') || !COUNTRY_PREFIX.test(ind.id)) return false;
  if (anyIn(o.entry.ownerGroups, sentenceGroups)) return false;
  for (const g of sentenceGroups) if (COUNTRY_GROUPS.has(g)) return false;
  // Read last: the sentence before may have to be read for it.
  const prev = page.previous;
  if (prev?.size === 1) {
    for (const c of prev) if (o.entry.countries.has(c)) return false;
    return true;
  }
  if (prev?.size) return false;
  // last-named-country: "...the Reserve Bank of Australia held at 3.6 per cent. <p>The consumer price
  // index rose 3.2 per cent annually": across blocks, the last country named, on a page that has not
  // named the alias's own country.
  if (page.named(o.entry.countries)) return false;
  const last = page.lastStrong;
  if (last?.size !== 1) return false;
  for (const c of last) if (o.entry.countries.has(c)) return false;
  return true;
};
