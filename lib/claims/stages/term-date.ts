import { isOneDayPeriod, periodPhrases } from '../periods';
import { CELL_JOIN } from './read-block';

/** A term that is a whole date, with its year: "1 August 2024 (Thursday)", "Monday, 5 August 2024", "April 7, 2025". */
const DATE_TERM_RE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[\s\u00a0]+)?(?:\d{1,2}[\s\u00a0]+[A-Z][a-z]{2,8}\.?,?|[A-Z][a-z]{2,8}\.?[\s\u00a0]+\d{1,2},?)[\s\u00a0]+(?:19|20)\d\d(?:[\s\u00a0]*\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\))?$/;

/**
 * term-date: a chronology's "<dt>11 April 2025 (Friday)</dt><dd>The 10-year yield closes at 4.48%, up 47 basis points
 * on the week ...</dd>", written in July: the entry is told as of its own day, so its figures that name no day are
 * that day's and its "on the week", "since the end of 2025" run to it. The day a definition's term names, when the
 * term is only a date on or before the article's; null otherwise.
 */
export function termDate(context: string, published: string): string | null {
  const join = context.lastIndexOf(CELL_JOIN);
  const term = (join < 0 ? context : context.slice(join + CELL_JOIN.length)).trim();
  if (!DATE_TERM_RE.test(term)) return null;
  const found = periodPhrases(term, 0, term.length, published);
  if (found.length !== 1 || !isOneDayPeriod(found[0]!.period)) return null;
  const p = found[0]!.period;
  const day = p.type === 'span' ? p.to : p.type === 'point' ? p.period : null;
  return day && day <= published ? day : null;
}
