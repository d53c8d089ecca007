import type { Indicator } from '../../dataset/schema';
import { asCandidate, type Candidate } from '../candidate';
import { TENOR_COUNTRY } from '../rules/weights';
import { QUALIFIER_GROUP_OF } from '../match';
import { COUNTRY_GROUPS, countryOfId } from '../lexicon/countries';
import { namedTenor } from './tenor';

/**
 * Example: "Japan's 10-year yield, at 2.674%" and "the Japanese 10-year was around 2.07%" are
 * Japan's, though the aliases the sentence matches best are the U.S. and the German 10-year.
 *
 * The country word right before a tenor decides whose bond it is: a yield candidate of another
 * country moves to that country's yield of the same tenor, or is dropped if there is none.
 */

/** "Japan's 10-year", "the Japanese two-year": the word before the last tenor of the text. */
// benchmark-between: "Japan's benchmark 10-year yield rose to 2.645%": a benchmark word between them too.
const COUNTRY_TENOR_RE =
  /([A-Za-z][A-Za-z.]*(?:['’]s)?)[\s\u00a0]+(?:(?:benchmark|key|main)[\s\u00a0]+)?((?:\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)[\s\u00a0-]+year)\b(?![\s\u00a0-]+(?:old|long|high|low))/gi;

/**
 * bond-market-lead: "Japanese government bonds sold off: the 10-year yield rose to 2.26%": a bond
 * market named before an unqualified tenor, in the same sentence, is whose tenor it is.
 */
const BOND_MARKET_RE =
  /\b(?:([A-Z][a-z]+)[\s\u00a0]+government[\s\u00a0]+(?:bonds?|debt|paper)|(JGBs?|[Gg]ilts?|Bunds?))\b/g;

const normWord = (w: string) =>
  w
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\./g, '');

/** The country word of the last bond market named in `text` ("Japanese", "JGB", "gilt"), or null. */
function bondMarketBefore(text: string): string | null {
  let word: string | null = null;
  BOND_MARKET_RE.lastIndex = 0;
  for (let m = BOND_MARKET_RE.exec(text); m; m = BOND_MARKET_RE.exec(text)) word = (m[1] ?? m[2]!).replace(/s$/, '');
  return word;
}

/**
 * The country group of the word before the last tenor in `before`, and that tenor; null if none.
 * `carried`: the country of the yield the sentence before spoke of, for a tenor with none of its own.
 */
export function countryOfTenor(before: string, carried?: string): { country: string; years: number } | null {
  let last: RegExpExecArray | null = null;
  COUNTRY_TENOR_RE.lastIndex = 0;
  for (let m = COUNTRY_TENOR_RE.exec(before); m; m = COUNTRY_TENOR_RE.exec(before)) last = m;
  if (!last) return null;
  const own = QUALIFIER_GROUP_OF.get(normWord(last[1]!));
  // "Japanese government bonds sold off: the 10-year yield": no country beside the tenor, a market before it.
  const market = own ? null : bondMarketBefore(before.slice(0, last.index));
  const country = own ?? (market ? QUALIFIER_GROUP_OF.get(normWord(market)) : carried);
  const years = namedTenor(last[2]!);
  return country && COUNTRY_GROUPS.has(country) && years !== null ? { country, years } : null;
}

const TENOR_ID_RE = /_(\d+)y_/;
/** "the 10-year yield rose ": a tenor and its yield, the figure's subject when its country is named before. */
const YEAR_WORD_RE = /year/i;
const TENOR_YIELD_RE =
  /(?:\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)[\s\u00a0-]+year[\s\u00a0]+(?:bond[\s\u00a0]+|government[\s\u00a0]+bond[\s\u00a0]+)?yield\b[^.;!?\d]{0,30}$/i;

/** Yields by "country:tenor" ("japan:10"), built once per indicator list. */
const yieldIndexes = new WeakMap<readonly Indicator[], Map<string, Indicator>>();
export function yieldIndex(indicators: readonly Indicator[]): Map<string, Indicator> {
  let index = yieldIndexes.get(indicators);
  if (!index) {
    index = new Map();
    for (const ind of indicators) {
      const years = ind.kind === 'yield' ? TENOR_ID_RE.exec(ind.id)?.[1] : undefined;
      const country = countryOfId(ind.id);
      if (years && country) index.set(`${country}:${years}`, ind);
    }
    yieldIndexes.set(indicators, index);
  }
  return index;
}

/** The candidates with each yield of another country than the one named before the tenor moved to that country's. */
export function withTenorCountry(
  cands: Candidate[],
  before: string,
  indicators: readonly Indicator[],
  carried?: string,
): Candidate[] {
  const anyYield = cands.some((c) => c.indicator.kind === 'yield');
  // Without a yield candidate, only "<tenor> yield" itself may name one (another country's alias was dropped).
  // "year" first: a plain search, where the pattern's alternation is tried at every place.
  if (!anyYield && !(YEAR_WORD_RE.test(before) && TENOR_YIELD_RE.test(before))) return cands;
  const named = countryOfTenor(before, carried);
  if (!named) return cands;
  const own = yieldIndex(indicators).get(`${named.country}:${named.years}`);
  if (!anyYield)
    return own
      ? [
          ...cands,
          asCandidate(
            { indicator: own, alias: `${own.name} (country named: ${named.country})`, score: TENOR_COUNTRY },
            'country-tenor',
          ),
        ]
      : cands;
  const out: Candidate[] = [];
  for (const c of cands) {
    const id = c.indicator.id;
    if (c.indicator.kind !== 'yield' || countryOfId(id) === named.country) {
      out.push(c);
      continue;
    }
    if (own && !out.some((o) => o.indicator === own))
      out.push({ ...c, indicator: own, alias: `${c.alias} (country named: ${named.country})` });
  }
  return out;
}

/**
 * tenor-country-carried. Example: "Germany's 10-year government bond yield ... edged up to 2.89%. Meanwhile,
 * the 30-year yield remained stable at 3.49%": a tenor with no country, in a sentence naming none, is the
 * country's whose yield the sentence before named (not the U.S., which the bare alias defaults to).
 */
export function carriedTenorCountry(previous: string): string | undefined {
  const named = countryOfTenor(previous);
  if (named) return named.country !== 'us' ? named.country : undefined;
  // country-bond-yield: "Japan's government bond yield touched a ten-year peak": a country's own
  // bond yield named before, without a tenor.
  const own = COUNTRY_BOND_YIELD_RE.exec(previous);
  const ownCountry = own ? QUALIFIER_GROUP_OF.get(normWord(own[1]!)) : undefined;
  if (ownCountry && ownCountry !== 'us') return ownCountry;
  // bond-market-label: "JGBs. The benchmark 10-year yield rose to 2.645%": a short label naming a bond market
  // before the paragraph is whose tenor it is.
  if (!BOND_LABEL_RE.test(previous)) return undefined;
  const market = bondMarketBefore(previous);
  const country = market ? QUALIFIER_GROUP_OF.get(normWord(market)) : undefined;
  return country && country !== 'us' ? country : undefined;
}
// Or its adjective: "while Japanese bond yields kept climbing".
const COUNTRY_BOND_YIELD_RE =
  /\b([A-Z][a-z]+)(?:['’]s)?[\s\u00a0]+(?:(?:benchmark|key)[\s\u00a0]+)?(?:government[\s\u00a0]+)?bond[\s\u00a0]+yields?\b/;
const BOND_LABEL_RE = /^[\s\u00a0]*(?:[A-Za-z'’]+[\s\u00a0]+){0,2}[A-Za-z'’]+[.:][\s\u00a0]*$/;
