import type { AliasDrop } from '../site';
import {
  SPREAD_BEFORE,
  SPREAD_BETWEEN_RE,
  SPREAD_PAIR_BEFORE,
  SPREAD_TO_BEFORE,
  SPREAD_WORDS,
} from '../lexicon/spread-words';

const BENCHMARK_PAIR_SPREAD_RE =
  /\b(?:Brent|WTI)[-–/](?:Brent|WTI)[\s\u00a0]+(?:spread|gap|premium|discount|differential)\b/i;

/**
 * above-the-benchmark: "Brent's narrower loss left it $5.11 above the U.S. grade": a price's distance from the other
 * benchmark named after it, neither benchmark's price.
 */
const ABOVE_THE_BENCHMARK_RE =
  /^[\s\u00a0]+(?:(?:a|per)[\s\u00a0]+barrel[\s\u00a0]+)?(?:above|below|over|under|beneath)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:(?:U\.S\.|US|American|international|global|European)[\s\u00a0]+)?(?:grade|crude|benchmark|marker|contract|WTI|Brent)\b/i;

/** Whether the words after a figure in dollars measure it against an oil benchmark (above-the-benchmark). */
export function isBenchmarkGap(expr: { unit: string; end: number }, text: string): boolean {
  return expr.unit === 'currency' && ABOVE_THE_BENCHMARK_RE.test(text.slice(expr.end, expr.end + 50));
}

/** Example: "the gap between 10-year Treasury and JGB yields ... 205 bp" is a spread, not a yield. */
export const spread: AliasDrop = (o, { info, text, cs, ce, expr }) => {
  // commodity-spread: "the Brent premium over the U.S. grade widened to $8.15" is a spread in dollars.
  if (!info.spread || (o.entry.indicator.unit !== 'percent' && o.entry.indicator.kind !== 'commodity')) return false;
  const { tokens } = info;
  const claimStart = tokens[cs]?.start ?? text.length;
  const claimEnd = tokens[ce]?.end ?? 0;
  const from = Math.min(tokens[o.first]!.start, claimStart);
  const to = Math.max(tokens[o.last]!.end, claimEnd);
  return (
    // benchmark-pair-spread: "The Brent-WTI spread widened to roughly $5 ..., from about $3": every dollar figure
    // of that sentence is the spread's.
    (expr.unit === 'currency' &&
      BENCHMARK_PAIR_SPREAD_RE.test(text.slice(tokens[0]?.start ?? claimStart, claimStart))) ||
    SPREAD_WORDS.test(text.slice(from, to)) ||
    SPREAD_BEFORE.test(text.slice(Math.max(0, tokens[o.first]!.start - 30), tokens[o.first]!.start)) ||
    SPREAD_PAIR_BEFORE.test(text.slice(Math.max(0, tokens[o.first]!.start - 70), tokens[o.first]!.start)) ||
    ((expr.unit === 'bp' || expr.unit === 'pp') &&
      (spreadBetweenBefore(text.slice(tokens[0]?.start ?? claimStart, claimStart)) ||
        SPREAD_TO_BEFORE.test(text.slice(Math.max(0, tokens[o.first]!.start - 30), tokens[o.first]!.start))))
  );
};

/** spread-between-sentence, within the figure's clause: not past a semicolon or a colon. */
function spreadBetweenBefore(before: string): boolean {
  const m = SPREAD_BETWEEN_RE.exec(before);
  return !!m && !/[;:]/.test(before.slice(m.index));
}
