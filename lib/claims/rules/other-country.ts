import type { AliasDrop } from '../site';
import { COUNTRY_OF_WORD, PAGE_COUNTRY_KINDS, strongCountries } from '../lexicon/countries';

/** The group of the euro area's members: one named between a measure and its figure takes the figure. */
const EURO_MEMBER = 'euromember';
/** The euro area's group ("euro", "eurozone", "ECB"). */
const EURO_AREA = 'eu';

/** "U.S. Treasury holdings": the country whose debt it is, not the holder the alias is of. */
const isIssuer = (country: string, next: string | undefined): boolean =>
  country === 'us' && (next === 'treasury' || next === 'treasuries');

/** How many words before an alias may qualify it: "UK ILO unemployment rate". */
const ALIAS_QUALIFIER_REACH = 3;

/**
 * Example: "Japan's CPI rose 3.5%" is not U.S. CPI: a country named earlier in the clause must be the
 * indicator's. So must one right before the alias itself, even across a table's header break:
 * "UK ILO unemployment rate (Jun) · 4.7%".
 */
export const otherCountry: AliasDrop = (o, { beforeGroups, info, cell, cs }) => {
  const countries = o.entry.countries;
  if (!countries.size) return false;
  // nearer-member: "the highest rates in the euro area were in Slovakia and Estonia (4.1%)": a country
  // named between an economy's measure and its figure, not the measure's own, is the figure's.
  if (!cell && PAGE_COUNTRY_KINDS.has(o.entry.indicator.kind) && o.last < cs) {
    for (let i = o.last + 1; i < cs; i++) {
      const c = COUNTRY_OF_WORD.get(info.tokens[i]!.norm);
      if (c === EURO_MEMBER && !countries.has(c)) return true;
    }
  }
  // baseline-tariff: the U.S. levy on everyone's goods is no country's ("the 145% tariff on Chinese
  // goods and the 10% baseline levy on most other imports").
  if (o.entry.indicator.kind === 'tariff' && [...countries].every((c) => c === 'us')) return false;
  // Countries named in the clause before the figure, or right before the alias: any of them must be the alias's.
  // own-conjunct: "The yen firmed to 152.88 and the S&P 500 slipped 0.1%": a country named before a conjunction
  // that opens the alias's own clause is the earlier conjunct's.
  let other = false;
  const earlier = earlierConjunctCountries(info.tokens, o.first, o.last, cs);
  for (const c of beforeGroups()) {
    if (earlier.has(c)) continue;
    if (countries.has(c)) return false;
    // euro-of-member: "the Euro Stoxx 50 slid ... and the CAC 40 fell": the euro area a member's index is
    // in is no other country.
    if (c === EURO_AREA && countries.has(EURO_MEMBER)) continue;
    other = true;
  }
  const { tokens } = info;
  for (let i = o.first - 1; i >= 0 && i >= o.first - ALIAS_QUALIFIER_REACH; i--) {
    if (info.punctBetween(i, i + 1, true)) break;
    const c = COUNTRY_OF_WORD.get(tokens[i]!.norm);
    if (!c || isIssuer(c, tokens[i + 1]?.norm)) continue;
    if (countries.has(c)) return false;
    other = true;
  }
  if (other) return true;
  // tariff-partner: "a 26% tariff on Indian goods, which the order set at half of India's 52%" after a
  // sentence about Japan: a tariff sentence naming another partner, never the alias's, is about it.
  const tariff = o.entry.indicator.kind === 'tariff';
  // rate-other-bank-country: "... the cash rate to 4.75%, as economists had forecast the Reserve Bank of
  // New Zealand would": a policy rate in a sentence about another country's bank is not the RBA's.
  const rate = o.entry.indicator.kind === 'rate';
  if (cell || (!PAGE_COUNTRY_KINDS.has(o.entry.indicator.kind) && !tariff && !rate)) return false;
  // sentence-country: "Canadian debt was little changed, with the two-year yield around 2.58%",
  // "February CPI: headline 1.3% ...; BOJ trimmed mean 2.2%": a sentence that names another country
  // by name (not by its currency or market) and never the alias's is about that country; only for
  // an economy's measures (a market's index or pair is named for itself).
  // alias-own-country: the "U.S." of "its U.S. Treasury holdings" is the debt's issuer, not a country
  // the sentence is about: only words outside the alias and the word right before it count.
  const named = strongCountries(tokens.filter((_, i) => i < o.first - 1 || i > o.last));
  let partner = false;
  for (const c of named) {
    // The U.S. sets the tariff: naming it says nothing of whose goods pay; and "U.S. tariffs" in a
    // sentence about the BOJ's rate say nothing of whose rate it is.
    if (c === 'us' && (tariff || (rate && !countries.has('us')))) continue;
    if (countries.has(c)) return false;
    partner = true;
  }
  return partner;
};

/** Words that open a new conjunct: "and the S&P 500 slipped", "while the Nasdaq rose". */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'while', 'but', 'whereas']);
const NONE: ReadonlySet<string> = new Set();

/**
 * The countries named only in an earlier conjunct, when the alias, named before its figure, opens a conjunct of
 * its own ("The yen firmed to 152.88 and the S&P 500 slipped 0.1%": Japan); none otherwise.
 */
function earlierConjunctCountries(
  tokens: readonly { norm: string }[],
  first: number,
  last: number,
  cs: number,
): ReadonlySet<string> {
  if (last >= cs) return NONE;
  let j = first - 1;
  if (tokens[j]?.norm === 'the') j--;
  if (!CONJUNCTIONS.has(tokens[j]?.norm ?? '')) return NONE;
  const own = new Set<string>();
  for (let k = j + 1; k < cs; k++) {
    const c = COUNTRY_OF_WORD.get(tokens[k]!.norm);
    if (c) own.add(c);
  }
  const out = new Set<string>();
  for (let k = j - 1; k >= 0; k--) {
    const c = COUNTRY_OF_WORD.get(tokens[k]!.norm);
    if (c && !own.has(c)) out.add(c);
  }
  return out;
}
