import type { AliasDrop } from '../site';

/**
 * part-of-exports-to. Example: "vehicles make up roughly 30% of Japanese exports to the US": what a
 * product accounts for *of* the exports to a market is its part of them, not that market's share of all
 * exports ("Japan sells 19.9% of its goods exports to the United States" is).
 */
const SHARE_VERB_BEFORE_RE =
  /\b(?:represent(?:s|ed|ing)?(?:[\s\u00a0]+for)?|account(?:s|ed|ing)?[\s\u00a0]+for|ma(?:de|ke|kes|king)[\s\u00a0]+up|compris(?:e|es|ed|ing)|constitut(?:e|es|ed|ing))[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|almost[\s\u00a0]+|some[\s\u00a0]+|over[\s\u00a0]+)?$/i;
const OF_EXPORTS_TO_RE =
  /^[\s\u00a0]+of[\s\u00a0]+(?:(?:all|total|the|its|their|Japan['’]s|Japanese)[\s\u00a0]+)*(?:goods[\s\u00a0]+)?exports?[\s\u00a0]+(?:to|bound[\s\u00a0]+for|headed[\s\u00a0]+to)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:U\.?S\.?|United[\s\u00a0]+States|America)\b/i;

export const partOfExportsTo: AliasDrop = (o, { info, text, cs, ce }) => {
  if (o.entry.indicator.kind !== 'share') return false;
  const start = info.tokens[cs]?.start ?? 0;
  return (
    SHARE_VERB_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start)) &&
    OF_EXPORTS_TO_RE.test(text.slice(info.tokens[ce]?.end ?? 0))
  );
};
