import { DOWN_SET, UP_SET } from '../lexicon/move-verbs';
import { MONTH_ANY } from '../lexicon/month-patterns';
import { WEEKDAYS } from '../periods';

/**
 * company-move. Example: "The Nasdaq gained 0.35%, helped by a 3.2% jump in Stanbridge Devices": a move
 * "in" a named company is that company's, not the index beside it. A catalogue name after "in" ("a 3%
 * drop in Brent") is left to the matcher.
 */
const MOVE_IN_RE = /^[\s\u00a0]+([a-z]+)[\s\u00a0]+in[\s\u00a0]+(?:shares[\s\u00a0]+of[\s\u00a0]+)?(?=[A-Z])/;
const ARTICLE_BEFORE_RE = /\b(?:a|an)[\s\u00a0]+$/i;
/** "a 1.7% increase in September", "a 2% drop in Q3": a time, not a company. */
const TIME_NAME_RE = new RegExp(String.raw`^(?:${MONTH_ANY}|${WEEKDAYS.join('|')}|Q[1-4]|H[12])\b`, 'i');

/**
 * Where the company's name starts in `after` (the text from the figure's end), when the figure is a move
 * in a named company; -1 otherwise.
 */
export function companyMoveAt(before: string, after: string): number {
  if (!ARTICLE_BEFORE_RE.test(before)) return -1;
  const m = MOVE_IN_RE.exec(after);
  if (!m || !(UP_SET.has(m[1]!) || DOWN_SET.has(m[1]!))) return -1;
  return TIME_NAME_RE.test(after.slice(m[0].length)) ? -1 : m[0].length;
}
