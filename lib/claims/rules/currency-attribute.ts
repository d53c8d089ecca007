import type { AliasDrop } from '../site';

/**
 * currency-attribute. Example: "onshore yuan-denominated equities gained 12% this year": a currency joined by a
 * hyphen to one of these words describes something priced in it, and is no exchange rate's name.
 */
const ATTRIBUTE_WORDS = /^-(?:denominated|based|priced|linked|settled|margined|pegged|hedged)\b/i;

export const currencyAttribute: AliasDrop = (o, { text, info }) => {
  if (o.entry.indicator.kind !== 'fx') return false;
  const last = info.tokens[o.last];
  return !!last && ATTRIBUTE_WORDS.test(text.slice(last.end, last.end + 12));
};
