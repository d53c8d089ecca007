import type { AliasDrop } from '../site';
import { MOVE_NOUNS } from '../lexicon/move-verbs';

/**
 * named-move-noun: "recalling the 9% Topix slump after the 2024 hike": a market's name between the figure and a
 * move noun makes the figure a move, and that name its subject. The name is capitalised ("S&P 500", "Nikkei"), at
 * most three words.
 */
const NAMED_MOVE_NOUN_RE = new RegExp(`^[\\s\\u00a0]+(?:[A-Z][\\w&.'’/-]*[\\s\\u00a0]+){1,3}(${MOVE_NOUNS})s?\\b`);

/** The move noun after a name after the figure (`after`: the text right after it), if the words are so. */
export function namedMoveNoun(after: string): RegExpExecArray | null {
  return NAMED_MOVE_NOUN_RE.exec(after);
}

/**
 * named-move-other: "Bitcoin slid after the 0.9% July PPI surge": the name before the move noun is the figure's
 * subject; an alias elsewhere in the sentence is not.
 */
export const namedMoveOther: AliasDrop = (o, { text, expr, info }) => {
  const m = NAMED_MOVE_NOUN_RE.exec(text.slice(expr.end, expr.end + 60));
  if (!m) return false;
  const first = info.tokens[o.first];
  const last = info.tokens[o.last];
  const nameEnd = expr.end + m[0].length - m[1]!.length;
  return !first || !last || first.start < expr.end || last.end > nameEnd;
};
