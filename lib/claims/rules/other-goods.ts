import type { AliasDrop } from '../site';
import { TARIFF_NOUNS, TARIFF_PRODUCTS, TARIFF_QUALIFIERS } from '../lexicon/tariff-words';

/**
 * other-goods. Example: "a 25% additional tariff on Japanese autos and a 24% tariff on other goods": a duty on
 * "other goods" is the one on everything but the product named before it, never that product's own.
 */
const REACH = 6;
/** "other", "all other", "everything else": the goods a product's own duty leaves out. */
const OTHER_WORDS: ReadonlySet<string> = new Set(['other', 'else', 'remaining', 'non-auto', 'non-car']);
const PRODUCT_TARIFFS = Object.keys(TARIFF_PRODUCTS);

export const otherGoods: AliasDrop = (o, { info, ce }) => {
  const id = o.entry.indicator.id;
  if (!PRODUCT_TARIFFS.some((p) => id.includes(`_${p}`)) || o.last >= ce) return false;
  const { tokens } = info;
  for (let i = ce + 1; i <= ce + REACH && i < tokens.length; i++) {
    if (info.punctBetween(ce, i, true)) return false;
    if (OTHER_WORDS.has(tokens[i]!.norm)) return true;
  }
  return false;
};

/** "% tariff on other goods", "% levy on all other imports", "% duty on everything else". */
const ON_OTHER_GOODS_RE = new RegExp(
  String.raw`^[\s\u00a0-]+(?:(?:${TARIFF_QUALIFIERS})[\s\u00a0]+){0,2}(?:${TARIFF_NOUNS})[\s\u00a0]+on[\s\u00a0]+(?:(?:all|most|the|its)[\s\u00a0]+)?(?:other|remaining|non-auto)[\s\u00a0]+(?:goods|products|imports|items|exports)\b|^[\s\u00a0-]+(?:${TARIFF_NOUNS})[\s\u00a0]+on[\s\u00a0]+everything[\s\u00a0]+else\b`,
  'i',
);

/** For the goods-tariff rule: a duty on the goods other than a product, which the product words elsewhere do not name. */
export function onOtherGoods(after: string): boolean {
  return ON_OTHER_GOODS_RE.test(after.slice(0, 80));
}
