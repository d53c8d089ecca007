import type { AliasDrop } from '../site';
import { PAIR_CODE_RE } from '../lexicon/currencies';

/**
 * other-pair. Example: "the GBP/JPY cross eased 0.3% to 211.38 on yen demand": a pair
 * written by its codes, other than the alias's own, standing between a currency word and the figure
 * is the figure's subject; the catalogue's dollar-yen is not.
 */
export const otherPair: AliasDrop = (o, { text, info, expr }) => {
  if (o.entry.indicator.kind !== 'fx') return false;
  const { tokens } = info;
  const from = tokens[0]?.start ?? 0;
  if (expr.start <= from) return false;
  // An alias after the figure is farther from it than any code before it.
  const last = tokens[o.last];
  const aliasEnd = last && last.end <= expr.start ? last.end : from;
  // named-cross: "euro-franc as \"glued to 0.93\"": two currencies other than the dollar, hyphenated, are a cross the
  // catalogue (every pair of it against the dollar) does not hold.
  const first = tokens[o.first];
  if (first && first.start < expr.start && NAMED_CROSS_RE.test(text.slice(first.start, expr.start))) return true;
  return namesOtherPair(text, aliasEnd, expr.start, o.entry.indicator.id);
};

const NON_DOLLAR = 'euro|sterling|pound|yen|franc|swissie|yuan|renminbi|won|aussie|kiwi|loonie';
const NAMED_CROSS_RE = new RegExp(String.raw`\b(?:${NON_DOLLAR})[-‑–](?:${NON_DOLLAR})\b`, 'i');

/** Whether text[from, to) writes a pair by its codes ("GBP/JPY") that is not the FX indicator `id`. */
export function namesOtherPair(text: string, from: number, to: number, id: string): boolean {
  if (to <= from) return false;
  const own = id.startsWith('fx.') ? id.slice(3) : id;
  const part = text.slice(from, to);
  PAIR_CODE_RE.lastIndex = 0;
  for (let m = PAIR_CODE_RE.exec(part); m; m = PAIR_CODE_RE.exec(part)) {
    if (m[1] === m[2]) continue;
    const pair = `${m[1]}${m[2]}`.toLowerCase();
    if (pair !== own && `${m[2]}${m[1]}`.toLowerCase() !== own) return true;
  }
  return false;
}
