import { NAME_PART_WORDS, NAMES_IN_PARTS } from './institutions';

/**
 * Example: "Japan's holdings", "Tokyo's stash", "the BOJ": the words that tie a figure to a country
 * (its qualifier group), the prefixes of countries' own indicator ids, and the kinds of measure
 * news gives without naming the economy. Every country list of the engine is read from here.
 */

/** Words (normalised) that tie an indicator to a country, by qualifier group. */
const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  japan: ['japan', 'japanese', 'tokyo', 'boj', 'nikkei', 'topix', 'yen', 'jgb'],
  china: ['china', 'chinese', 'beijing', 'pboc', 'mainland', 'yuan', 'renminbi'],
  // us-market-words: "the Dow and the Nasdaq" name U.S. markets as "the Nikkei" names Japan's.
  // us-measure-word: "nonfarm payrolls rose by 64,000" names America on a page about the yen, as "the Fed" does.
  us: [
    'us',
    'america',
    'american',
    'fed',
    'fomc',
    'washington',
    'treasury',
    'federal',
    'wall',
    'nasdaq',
    'dow',
    'nonfarm',
  ],
  uk: ['uk', 'britain', 'british', 'england', 'boe', 'sterling', 'gilt', 'london', 'kingdom', 'ons'],
  eu: ['euro', 'eurozone', 'european', 'ecb', 'eu', 'bloc', 'eurostat'],
  germany: ['germany', 'german', 'bund', 'berlin', 'destatis'],
  // Named so that "South Korea agreed a $350 billion investment package" is not read as another
  // country's measure ("won" is left out: it is a verb far more often than the currency).
  korea: ['korea', 'korean', 'seoul', 'kospi'],
  australia: ['australia', 'australian', 'rba', 'canberra', 'sydney'],
  // boc-country-word: "the BoC held its key rate at 2.75%" names Canada even after a Fed-named sentence.
  canada: ['canada', 'canadian', 'ottawa', 'statcan', 'boc'],
  switzerland: ['switzerland', 'swiss', 'snb', 'zurich', 'chf'],
  india: ['india', 'indian', 'rbi', 'mumbai'],
  // Named so that another economy's index or rate ("the Taiex", "Banxico", "Bank Indonesia") is not a
  // catalogue one named before.
  taiwan: ['taiwan', 'taiwanese', 'taiex', 'twse', 'taipei'],
  mexico: ['mexico', 'mexican', 'banxico'],
  indonesia: ['indonesia', 'indonesian', 'jakarta'],
  // Named so that "the Reserve Bank of New Zealand cut the cash rate to 4.75%" is not the RBA's.
  newzealand: ['zealand', 'rbnz', 'wellington'],
  // Members named so that "the highest rates were in Slovakia and Estonia (4.1%)" is not the euro area's.
  euromember: [
    'slovakia',
    'estonia',
    'austria',
    'croatia',
    'belgium',
    'netherlands',
    'dutch',
    'latvia',
    'lithuania',
    'slovenia',
    'malta',
    'cyprus',
    'luxembourg',
    'ireland',
    'portugal',
    'greece',
    'finland',
    'spain',
    'italy',
    'france',
    'french',
    'italian',
    'spanish',
  ],
};

/** Country words that name a currency or a market rather than the economy: weak evidence of whose measure a bare alias is. */
const MARKET_COUNTRY_WORDS: ReadonlySet<string> = new Set([
  'yen',
  'yuan',
  'renminbi',
  'sterling',
  'nikkei',
  'topix',
  'jgb',
  'kospi',
  'gilt',
  'bund',
  'wall',
  'nasdaq',
  'dow',
  'treasury',
  'euro',
]);

/**
 * london-bullion: "The LBMA Silver Price was set at $49.945 at noon in London" names where bullion is priced, not the
 * economy a later bare "consumer price reading" is of, so it does not count for the page's country (engine.ts);
 * "In London, the Monetary Policy Committee" still names the U.K.
 */
const BULLION_WORDS: ReadonlySet<string> = new Set(['lbma', 'gold', 'silver', 'bullion', 'platinum', 'auction', 'fix']);
const londonPricesBullion = (tokens: readonly { norm: string }[]) => tokens.some((t) => BULLION_WORDS.has(t.norm));

/** Whether the sentence names the U.K. only as the place bullion is priced (london-bullion): no count for the page. */
export function namesUkOnlyAsBullionPlace(tokens: readonly { norm: string }[]): boolean {
  let london = false;
  for (const t of tokens) {
    if (t.norm === 'london') london = true;
    else if (COUNTRY_OF_WORD.get(t.norm) === 'uk') return false;
  }
  return london && londonPricesBullion(tokens);
}

/** The countries a sentence's words name by name or institution ("Australia", "the RBA", "the ONS"), not by market. */
export function strongCountries(tokens: readonly { norm: string }[]): ReadonlySet<string> {
  let out: Set<string> | null = null;
  let parts = 0;
  for (const t of tokens) {
    if (NAME_PART_WORDS.has(t.norm)) parts++;
    if (MARKET_COUNTRY_WORDS.has(t.norm)) continue;
    const g = COUNTRY_OF_WORD.get(t.norm);
    if (g) (out ??= new Set()).add(g);
  }
  // statistics-office: "..., the Office for National Statistics said" names the U.K. in three words.
  if (parts > 1) {
    const seen = new Set(tokens.map((t) => t.norm));
    // Only an office's name: "the United States" in a story about Japan's exports is a trading partner.
    for (const [group, words] of NAMES_IN_PARTS)
      if (COUNTRY_WORDS[group] && words.includes('statistics') && words.every((w) => seen.has(w)))
        (out ??= new Set()).add(group);
  }
  return out ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/** The country group of a word: "tokyo" → "japan". */
export const COUNTRY_OF_WORD: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_WORDS).flatMap(([g, words]) => words.map((w) => [w, g] as const)),
);

/** The qualifier groups that are countries. */
export const COUNTRY_GROUPS: ReadonlySet<string> = new Set(Object.keys(COUNTRY_WORDS));

/** The country an indicator id's prefix names ("jp.ust_holdings" is Japan's). */
export const ID_COUNTRY: Readonly<Record<string, string>> = {
  jp: 'japan',
  us: 'us',
  cn: 'china',
  uk: 'uk',
  ea: 'eu',
  de: 'germany',
  kr: 'korea',
  au: 'australia',
  ca: 'canada',
  ch: 'switzerland',
  in: 'india',
};

/** The country of an indicator by its id's prefix ("jp.ust_holdings" → "japan"), if it is a country's own. */
export function countryOfId(id: string): string | undefined {
  return ID_COUNTRY[id.slice(0, id.indexOf('.'))];
}

/** An id of a country's own indicator: "jp.cpi_core_yoy". */
export const COUNTRY_PREFIX = new RegExp(`^(?:${Object.keys(ID_COUNTRY).join('|')})\\.`);

/** Measures of an economy, which news often gives without naming it. */
export const PAGE_COUNTRY_KINDS = new Set(['inflation', 'labour', 'growth', 'yield']);

/**
 * other-country-after: "The BOJ's policy rate sits at 0% to 0.1%, against 5.25%-5.50% in the U.S.": a figure the
 * words right after it (`after`) place in another country than the indicator's is not that indicator's.
 */
// A country word followed by a noun is an adjective ("in U.S. Treasury holdings"), not the place.
const PLACE_AFTER_RE =
  /^[\s\u00a0]+(?:in|for)[\s\u00a0]+(?:the[\s\u00a0]+)?((?:[A-Z]\.){2,}|[A-Za-z]\w*)(?=[\s\u00a0]*(?:[,;:)!?]|\.(?:[\s\u00a0]|$)|$|[\s\u00a0]+(?:and|but|while|as|on|at|last|this|since|after|before)\b))/;
export function placedInOtherCountry(after: string, id: string): boolean {
  const m = PLACE_AFTER_RE.exec(after);
  if (!m) return false;
  const place = COUNTRY_OF_WORD.get(m[1]!.toLowerCase().replace(/\./g, ''));
  const own = countryOfId(id);
  return !!place && !!own && place !== own;
}
