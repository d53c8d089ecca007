import type { DatasetView } from '../dataset-view';
import { WEEKDAYS } from '../periods';
import type { ClaimPeriod } from '../types';

/**
 * "up 1.8% from Tuesday", "down 0.4% versus Monday's close", "$6.03 below its Thursday close": the
 * words after a move measure it against a named earlier day. Not "from Tuesday to Thursday", which is a span of its own.
 */
const SINCE_DAY_RE = new RegExp(
  // or-restated: "up 3,217.04 points, or 10.32%, from Monday": the restated move is measured from it too.
  // bracketed: "down $6.36 (−8.40%) from Friday": the move in brackets is measured from the day too.
  `^(?:[\\s\\u00a0]*,[\\s\\u00a0]*or[\\s\\u00a0]+[^,;]{1,20})?[\\s\\u00a0]*\\)?[\\s\\u00a0]*,?[\\s\\u00a0]*(?:from|since|versus|vs\\.?|compared with|against|(?:above|below|off)[\\s\\u00a0]+(?:its|the|their))[\\s\\u00a0]+(?:last[\\s\\u00a0]+)?(?:${WEEKDAYS.join('|')})(?:['’]s)?\\b(?![\\s\\u00a0]+(?:to|through|until)\\b)`,
  'i',
);

/** The text after a move measures it from a named weekday ("from Tuesday"). */
export function measuredFromDay(after: string): boolean {
  return SINCE_DAY_RE.test(after);
}

/**
 * Rule since-named-day: "bitcoin ended at $111,722, up 1.8% from Tuesday" in a Wednesday story is
 * the move from Tuesday's close to the latest close by the article's date, not Tuesday's own move
 * (Monday's close to Tuesday's). The two ends, or null when the named day has no close or no later
 * close exists by the article's date.
 */
export function sinceDayEnds(
  view: DatasetView,
  id: string,
  period: ClaimPeriod | null,
  published: string,
): { base: string; end: string } | null {
  const named =
    period?.type === 'span'
      ? period.to
      : period?.type === 'point' && period.period.length === 10
        ? period.period
        : null;
  if (!named || named >= published) return null;
  const base = view.pointOnOrBefore(id, named, 0);
  const end = view.pointOnOrBefore(id, published, 4);
  return base && end && base.date < end.date ? { base: base.date, end: end.date } : null;
}
