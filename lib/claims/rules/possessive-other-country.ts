import type { AliasDrop } from '../site';
import { COUNTRY_OF_WORD, countryOfId } from '../lexicon/countries';

/**
 * possessive-other-country. Example: "the U.S. 10-year yield near 4.1% against Germany's 2.6%": a figure
 * right after another country's possessive is that country's, not the measure the clause named first.
 */
const POSSESSIVE_RE = /['’]s$/;
const GAP_RE = /^[\s\u00a0]+(?:(?:at|of|near|around|about)[\s\u00a0]+)?$/;

export const possessiveOtherCountry: AliasDrop = (o, { info, text, expr, cs }) => {
  if (o.last >= cs || cs < 1) return false;
  const own = countryOfId(o.entry.indicator.id);
  if (!own) return false;
  const { tokens } = info;
  // The possessive stands just before the figure, or before one preposition ("Japan's at 0.75%").
  for (let i = cs - 1; i >= Math.max(o.last + 1, cs - 2); i--) {
    const country = COUNTRY_OF_WORD.get(tokens[i]!.norm);
    if (!country) continue;
    const t = tokens[i]!;
    return (
      country !== own && POSSESSIVE_RE.test(text.slice(t.start, t.end)) && GAP_RE.test(text.slice(t.end, expr.start))
    );
  }
  return false;
};
