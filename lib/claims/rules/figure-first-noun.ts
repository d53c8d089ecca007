import { MOVE_NOUNS } from '../lexicon/move-verbs';

/**
 * figure-first-noun: a "by the numbers" bullet "29 basis points — the fall in the 10-year yield over February": the
 * figure, a dash or colon, then the move's noun names the move and its way.
 */
const FIGURE_FIRST_NOUN_RE = new RegExp(
  `^[\\s\\u00a0]*[—–:][\\s\\u00a0]*(?:the|its|a|an)[\\s\\u00a0]+(?:[\\w'’.&-]+[\\s\\u00a0]+){0,3}?(${MOVE_NOUNS})s?[\\s\\u00a0]+(?:in|of|for|over|on)\\b`,
  'i',
);

/** The move noun of a figure-first bullet (`after`: the text right after the figure), if the words are so. */
export function figureFirstNoun(after: string): RegExpExecArray | null {
  return FIGURE_FIRST_NOUN_RE.exec(after.slice(0, 80));
}
