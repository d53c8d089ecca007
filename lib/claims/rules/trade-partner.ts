import type { AliasDrop } from '../site';
import { COUNTRY_OF_WORD, PAGE_COUNTRY_KINDS } from '../lexicon/countries';

/**
 * trade-partner. Example: "Policymakers noted that GDP declined by 1.6% in the second quarter, exports to the
 * United States (US) fell sharply" (a Bank of Canada story): a country named only as where goods go or come
 * from is a trade partner, not whose GDP the sentence gives.
 */
/** Tokens are singular: "exports" is "export". */
const TRADE_NOUNS: ReadonlySet<string> = new Set(['export', 'import', 'shipment', 'sale', 'trade', 'demand']);
/** Words of a country's name besides its own word: "the United States (US)". */
const NAME_WORDS: ReadonlySet<string> = new Set(['the', 'united', 'state', 'kingdom', 'republic']);
const TOWARDS: ReadonlySet<string> = new Set(['to', 'from', 'into']);
/** Nouns a country word may qualify instead of the measure: "US trade policy", "U.S. tariffs". */
const OTHER_NOUNS: ReadonlySet<string> = new Set([
  'trade',
  'tariff',
  'policy',
  'administration',
  'government',
  'president',
  'official',
  'import',
  'export',
  'demand',
  'buyer',
]);
/** Words between the trade noun and "to": "exports of cars to", "shipments bound for". */
const REACH = 4;

export const tradePartner: AliasDrop = (o, { info }) => {
  if (!PAGE_COUNTRY_KINDS.has(o.entry.indicator.kind) || !o.entry.ownerGroups.length) return false;
  const { tokens } = info;
  // "U.S. GDP": the alias names its own country.
  for (let i = o.first; i <= o.last; i++) {
    const c = COUNTRY_OF_WORD.get(tokens[i]!.norm);
    if (c && o.entry.ownerGroups.includes(c)) return false;
  }
  let named = false;
  for (let i = 0; i < tokens.length; i++) {
    const c = COUNTRY_OF_WORD.get(tokens[i]!.norm);
    if (!c || !o.entry.ownerGroups.includes(c)) continue;
    // "uncertainty surrounding US trade policy": the country qualifies another noun, not the measure.
    if (OTHER_NOUNS.has(tokens[i + 1]?.norm ?? '')) continue;
    // "the United States": the country's first word after "the".
    let j = i - 1;
    while (j >= 0 && (NAME_WORDS.has(tokens[j]!.norm) || COUNTRY_OF_WORD.get(tokens[j]!.norm) === c)) j--;
    if (!TOWARDS.has(tokens[j]?.norm ?? '')) return false;
    let trade = false;
    for (let k = j - 1; k >= Math.max(0, j - REACH); k--) if (TRADE_NOUNS.has(tokens[k]!.norm)) trade = true;
    if (!trade) return false;
    named = true;
  }
  return named;
};
