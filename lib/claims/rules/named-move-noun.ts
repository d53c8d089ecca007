import type { AliasDrop } from '../site';
import { MOVE_NOUNS } from '../lexicon/move-verbs';

/**
 * named-move-noun: "recalling the 9% Topix slump after the 2024 hike": a market's name between the figure and a
 * move noun makes the figure a move, and that name its subject. The name is capitalised ("S&P 500", "Nikkei"), at
 * most three words.
 */
// numbered-name: "the 9.52% S&P 500 surge": a name may end in its number.
// headline-noun: "Wednesday's 9.52% S&P 500 Surge": a headline capitalises the noun too, and every other word, so
// there the name must end in its number ("Kospi Slips 0.57% to 2,630 As BOK Cut" names no move of 2,630).
const HEADLINE_NOUNS = MOVE_NOUNS.split('|')
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .join('|');
const NAMED_MOVE_NOUN_RE = new RegExp(
  `^[\\s\\u00a0]+(?:(?:[A-Z][\\w&.'’/-]*(?:[\\s\\u00a0]+\\d{1,4}(?![\\d.,%]))?[\\s\\u00a0]+){1,3}(${MOVE_NOUNS})|(?:[A-Z][\\w&.'’/-]*[\\s\\u00a0]+){1,2}\\d{1,4}[\\s\\u00a0]+(${HEADLINE_NOUNS}))s?\\b`,
);

/** The move noun after a name after the figure (`after`: the text right after it), if the words are so. */
export function namedMoveNoun(after: string): RegExpExecArray | null {
  const m = NAMED_MOVE_NOUN_RE.exec(after);
  // The noun as group 1, whichever branch found it.
  if (m && !m[1]) m[1] = m[2]!;
  return m;
}

/**
 * named-move-other: "Bitcoin slid after the 0.9% July PPI surge": the name before the move noun is the figure's
 * subject; an alias elsewhere in the sentence is not.
 */
export const namedMoveOther: AliasDrop = (o, { text, expr, info }) => {
  const m = namedMoveNoun(text.slice(expr.end, expr.end + 60));
  if (!m) return false;
  const first = info.tokens[o.first];
  const last = info.tokens[o.last];
  const nameEnd = expr.end + m[0].length - m[1]!.length;
  return !first || !last || first.start < expr.end || last.end > nameEnd;
};
