import type { AliasDrop } from '../site';

/**
 * refinancing-rate. Example: "at the ECB the main refinancing rate now stands at 2.15%": the main
 * refinancing (or marginal lending) rate is another of the bank's rates, not the deposit rate the catalogue keeps.
 */
const OTHER_ECB_RATE_RE = /\b(?:refinancing|refi|marginal[\s\u00a0]+lending|lending[\s\u00a0]+facility)\b/i;

export const refinancingRate: AliasDrop = (o, { info, text, cs }) => {
  if (o.entry.indicator.id !== 'ea.ecb_deposit_rate') return false;
  // The qualifier may stand right before the word the match found: "the main refinancing rate".
  const from = info.tokens[Math.max(0, o.first - 2)]?.start ?? 0;
  const to = info.tokens[cs]?.start ?? from;
  return OTHER_ECB_RATE_RE.test(text.slice(Math.min(from, to), Math.max(from, to)));
};
