import type { SentenceInfo } from '../sentence-info';

/**
 * Example: "German 10-year Bund: 2.86%" in a box of key figures: the label that opens the sentence,
 * closed by a colon, is part of its figure's clause, so the country it names qualifies the figure.
 */

/** Longest label, in tokens, read as one: "Japan's 10-year government bond yield". */
const LABEL_MAX_TOKENS = 8;
const COLON_RE = /^[\s\u00a0]*:[\s\u00a0]*$/;

/** Whether the break between token `i` and the next is the colon closing a label that opens the sentence. */
export function closesOpeningLabel(info: SentenceInfo, i: number): boolean {
  const { tokens, text } = info;
  if (i >= LABEL_MAX_TOKENS || i + 1 >= tokens.length) return false;
  if (!COLON_RE.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false;
  return i === 0 || !info.punctBetween(0, i, true);
}
