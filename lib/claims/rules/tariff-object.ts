import { TARIFF_NOUNS, TARIFF_PRODUCTS, TARIFF_QUALIFIERS } from '../lexicon/tariff-words';
import { COUNTRY_OF_WORD } from '../lexicon/countries';
import { normaliseWord } from '../tokens';

/**
 * Example: "a 25% tariff on iPhones made abroad", "a 25% levy on countries buying Venezuelan oil":
 * the duty falls on something other than one country's goods, so a country named elsewhere in the
 * sentence is not whose tariff it is.
 */

/** "% tariff on <object>": the object's words up to the clause's end. */
const OBJECT_RE = new RegExp(
  String.raw`^[\s\u00a0-]+(?:(?:${TARIFF_QUALIFIERS})[\s\u00a0]+){0,2}(?:${TARIFF_NOUNS})[\s\u00a0]+(?:on|against)[\s\u00a0]+(?!(?:top|average|balance|hold)\b)([^,;:.()]{1,80})`,
  'i',
);

/** Words of goods in general, which leave their origin to the rest of the sentence. */
const GOODS_WORDS = new Set(
  [
    'good',
    'import',
    'export',
    'product',
    'shipment',
    'item',
    'everything',
    'merchandise',
    'purchase',
    'most',
    'all',
    'nearly',
    'almost',
    'virtually',
    'many',
    'some',
    'other',
    'foreign',
    'certain',
    'overseas',
    'the',
    'a',
    'an',
    'of',
    'from',
    'its',
    'their',
    'made',
    'coming',
    'entering',
    'shipped',
    'sent',
    'bound',
    'into',
    'to',
    'in',
    'and',
    'or',
    'for',
    'at',
    'as',
    'by',
    'with',
    'that',
    'which',
    'this',
    'these',
    'those',
    'u.s',
    'us',
    'united',
    'state',
    'it',
    'them',
    'aluminum',
    'aluminium',
    'part',
  ].map(normaliseWord),
);
const PRODUCT_WORDS = new Set(Object.values(TARIFF_PRODUCTS).flat().map(normaliseWord));

/** The origin the U.S. tariffs are about never includes the U.S. itself ("iPhones made outside the U.S."). */
const IMPOSER = 'us';

export function tariffOnOtherThings(after: string): boolean {
  const m = OBJECT_RE.exec(after.slice(0, 120));
  if (!m) return false;
  const words = m[1]!
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((w) => normaliseWord(w.replace(/[^\p{L}\p{N}.'-]/gu, '')));
  // Read in order: a country's goods ("goods coming from the European Union") before any other
  // thing ("countries buying Venezuelan crude led China ...", where China is the next clause's).
  for (const w of words) {
    const c = COUNTRY_OF_WORD.get(w);
    if (c && c !== IMPOSER) return false;
    if (w && !GOODS_WORDS.has(w) && !PRODUCT_WORDS.has(w)) return true;
  }
  return false;
}
