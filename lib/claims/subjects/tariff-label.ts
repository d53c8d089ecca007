import { TARIFF_NOUNS } from '../lexicon/tariff-words';

/**
 * tariff-label: "Goods from China: 30%", "Cars from Japan: 25%", "Japan's reciprocal rate: 15%" in a list of
 * key figures: a label naming a partner's goods, or a reciprocal rate, before its colon is the U.S. tariff on
 * them when the page has just matched a tariff (a tariff noun in the label is enough on its own).
 */
const LABEL_RE = /(?:^|[\s\u00a0])([A-Za-z][^:;.!?]{2,60}):[\s\u00a0]*$/;
/** Words of goods that cross a border, or of the rate set on them. */
const GOODS_LABEL_RE = new RegExp(
  String.raw`\b(?:goods|products|exports|imports|shipments|cars|autos|vehicles|automobiles|reciprocal(?:[\s\u00a0]+rate)?|${TARIFF_NOUNS})\b`,
  'i',
);
/** The same goods words as tokens normalise them, for the cheap test of whether a sentence may hold such a label. */
export const GOODS_LABEL_WORDS: ReadonlySet<string> = new Set([
  'good',
  'product',
  'export',
  'import',
  'shipment',
  'car',
  'auto',
  'vehicle',
  'automobile',
  'reciprocal',
]);
const TARIFF_NOUN_RE = new RegExp(String.raw`\b(?:${TARIFF_NOUNS})\b`, 'i');

/**
 * Whether the text before a percentage ends in such a label. `tariffBefore`: whether the page's last
 * match was a tariff.
 */
export function isTariffLabel(lead: string, tariffBefore: boolean): boolean {
  const m = LABEL_RE.exec(lead);
  if (!m) return false;
  const label = m[1]!;
  return GOODS_LABEL_RE.test(label) && (tariffBefore || TARIFF_NOUN_RE.test(label));
}
