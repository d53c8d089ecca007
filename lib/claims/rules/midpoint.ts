import type { AliasDrop } from '../site';

/** Words before a figure that make it the middle of a range, not either of its bounds. */
const MIDPOINT_WORDS: ReadonlySet<string> = new Set(['midpoint', 'mid-point', 'middle']);

/** Example: "a range of 3.50% to 3.75% (midpoint of 3.63%)": the midpoint is not the range's upper bound. */
export const midpoint: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'rate') return false;
  for (let i = Math.max(0, cs - 3); i < cs; i++) if (MIDPOINT_WORDS.has(info.tokens[i]!.norm)) return true;
  return false;
};
