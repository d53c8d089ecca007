import { wordFlag } from '../tokens';

/**
 * Example: "the greenback slipped", "the Japanese currency": currency words, once, by ISO code.
 * The engine reads a pair's subject from these words; an FX alias's moving currency comes from them too.
 */
const CURRENCY_WORDS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  yen: 'JPY',
  euro: 'EUR',
  dollar: 'USD',
  greenback: 'USD',
  pound: 'GBP',
  sterling: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  won: 'KRW',
  loonie: 'CAD',
  franc: 'CHF',
  cable: 'GBP',
  // "87.6 pence": a price in pence is a price in sterling (EUR/GBP, which the catalogue lacks), never dollars.
  pence: 'GBP',
});

// Maps, not objects, for lookups by page words: an object lookup by a string read from the page
// first interns the string.
export const CURRENCY_OF: ReadonlyMap<string, string> = new Map(Object.entries(CURRENCY_WORDS));
/** "the Japanese currency": a country's word before "currency" names its currency. */
export const COUNTRY_CURRENCY: ReadonlyMap<string, string> = new Map([
  ['japan', 'JPY'],
  ['china', 'CNY'],
  ['us', 'USD'],
  ['uk', 'GBP'],
  ['british', 'GBP'],
  ['european', 'EUR'],
]);
/** "the Canadian dollar", "the Aussie dollar": a word before "dollar" that makes it another country's dollar. */
export const DOLLAR_NATIONS: ReadonlyMap<string, string> = new Map([
  ['canadian', 'CAD'],
  ['australian', 'AUD'],
  ['aussie', 'AUD'],
  ['zealand', 'NZD'],
  ['kiwi', 'NZD'],
  ['kong', 'HKD'],
  ['taiwan', 'TWD'],
  ['singapore', 'SGD'],
]);
export const CURRENCY_WORD = wordFlag(CURRENCY_OF.keys());

/** Example: "$4,105", "¥150", "HK$20", "RMB 7": signs and prefixes written before a figure, by ISO code. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['us$', 'USD'],
  ['u.s.$', 'USD'],
  ['a$', 'AUD'],
  ['c$', 'CAD'],
  ['hk$', 'HKD'],
  ['nz$', 'NZD'],
  ['s$', 'SGD'],
  ['r$', 'BRL'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['rmb', 'CNY'],
]);
/** Example: "150 yen", "2 billion euros": currency words (of CURRENCY_WORDS) written after a figure. */
export const AFTER_FIGURE_CURRENCIES: readonly { word: string; plural: boolean }[] = [
  { word: 'dollar', plural: true },
  { word: 'yen', plural: false },
  { word: 'euro', plural: true },
  { word: 'pound', plural: true },
  { word: 'yuan', plural: false },
  // "fell 24.76 won to 1,477.10 won": a figure in won is never the yen's.
  { word: 'won', plural: false },
  { word: 'pence', plural: false },
  // "the euro at 0.9284 francs": a quote in Swiss francs, which no catalogue pair is.
  { word: 'franc', plural: true },
];
/** Example: "155 per dollar", "1.17 against the greenback": currency words (of CURRENCY_WORDS) a quote is written per. */
export const PER_CURRENCIES: readonly string[] = ['dollar', 'greenback', 'euro', 'yen', 'pound', 'yuan'];

const aliasCurrencyMemo = new Map<string, string | undefined>();
/**
 * The currency whose move a catalogue FX alias speaks of: the one named first ("the pound against
 * the dollar", "the Canadian dollar"), or none for a quote written as such ("yen per dollar" moves
 * with the pair). Read from the catalogue's alias when the candidate is made, never from a label.
 */
function readAliasCurrency(alias: string): string | undefined {
  const a = alias.toLowerCase();
  if (/\bper\b/.test(a)) return undefined;
  if (/\bcanadian (?:dollar|currency)\b/.test(a)) return 'CAD';
  // country-currency-alias: "the Japanese currency", "the Korean currency": the country's currency moves.
  const own = /\b(japanese|chinese|korean) currency\b/.exec(a)?.[1];
  if (own) return own === 'japanese' ? 'JPY' : own === 'chinese' ? 'CNY' : 'KRW';
  for (const w of a.split(/[\s'’/-]+/)) {
    const c = CURRENCY_OF.get(w);
    if (c) return c;
  }
  return undefined;
}

/** The same, memoised: asked once per candidate, of a few hundred catalogue aliases. */
export function aliasCurrency(alias: string): string | undefined {
  if (aliasCurrencyMemo.has(alias)) return aliasCurrencyMemo.get(alias);
  const c = readAliasCurrency(alias);
  aliasCurrencyMemo.set(alias, c);
  return c;
}

/** Example: "GBP/JPY", "EURGBP", "AUD/USD": ISO codes that, two together, name a currency pair. */
const PAIR_CODES = 'USD|EUR|JPY|GBP|CHF|AUD|NZD|CAD|CNY|CNH|KRW|HKD|SGD|SEK|NOK|MXN|INR|ZAR|TRY|BRL';
/** A pair written as two codes, with or without a slash. Upper case only: "eur" in prose is no code. */
export const PAIR_CODE_RE = new RegExp(String.raw`\b(${PAIR_CODES})[/ ]?(${PAIR_CODES})\b`, 'g');
/** One currency's code alone, in upper case: "KRW climbs by 1.3%". */
export const CURRENCY_CODE_RE = new RegExp(`^(?:${PAIR_CODES})$`);
