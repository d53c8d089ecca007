import type { Occurrence } from '../match';
import { orderedSubjects } from './respectively';
import type { Token } from '../tokens';

/**
 * Example: "The Nasdaq and the Dow have both gained in 2025, but the former is up 24.1% while the
 * latter has added 12.0%": "the former" is the first of the two subjects named before it, "the
 * latter" the second. With any other count of subjects, or "the former" qualifying a noun ("the
 * former Fed chair"), the rule says nothing.
 */

/**
 * How many tokens "the former" may stand before its figure: "the former is up 24.1%", "the former by 6.9
 * basis points to 1.881%" (the level after the move is the former's too).
 */
const FORMER_REACH = 8;

/** The occurrence "the former" or "the latter" before the figure at token `cs` points to, or null. */
export function formerLatterSubject(
  text: string,
  tokens: readonly Token[],
  cs: number,
  occs: readonly Occurrence[],
): Occurrence | null {
  let at = -1;
  for (let i = cs - 1; i >= 1 && i >= cs - FORMER_REACH; i--) {
    const w = tokens[i]!.norm;
    if ((w === 'former' || w === 'latter') && tokens[i - 1]!.norm === 'the') {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  // "the former Fed chair": a capitalised word after it is what it qualifies.
  const next = tokens[at + 1];
  if (next && next.start < tokens[cs]!.start && /^[A-Z]/.test(text.slice(next.start, next.start + 1))) return null;
  // No other name between the pointer and its figure.
  if (occs.some((o) => o.first > at && o.last < cs)) return null;
  const before = orderedSubjects(occs.filter((x) => x.last < at - 1).sort((a, b) => a.first - b.first));
  if (!before) return null;
  // former-latter-pair: "The S&P 500 ended flat, while the Dow and the Nasdaq went separate ways: the
  // former lost 0.22%": with more names before, the last two joined by "and" are the pair it points into.
  const pair = before.length === 2 ? before : before.length > 2 ? joinedPair(text, tokens, before.slice(-2)) : null;
  if (!pair) return null;
  return tokens[at]!.norm === 'former' ? pair[0]! : pair[1]!;
}

/** The two occurrences if only "and" (and an article) stands between them: "the Dow and the Nasdaq". */
function joinedPair(text: string, tokens: readonly Token[], two: Occurrence[]): Occurrence[] | null {
  const between = text.slice(tokens[two[0]!.last]!.end, tokens[two[1]!.first]!.start);
  return /^[\s\u00a0]*,?[\s\u00a0]*and[\s\u00a0]+(?:the[\s\u00a0]+)?$/i.test(between) ? two : null;
}

/** "the former" or "the latter" standing up to FORMER_REACH tokens before the figure, not qualifying a name. */
export function formerLatterPointer(
  tokens: readonly Token[],
  cs: number,
): { word: 'former' | 'latter'; at: number } | null {
  for (let i = cs - 1; i >= 1 && i >= cs - FORMER_REACH; i--) {
    const w = tokens[i]!.norm;
    if ((w === 'former' || w === 'latter') && tokens[i - 1]!.norm === 'the') return { word: w, at: i };
  }
  return null;
}
