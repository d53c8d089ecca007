import type { ClaimPeriod } from '../types';
import { WEEKDAYS, daySpan, isOneDayPeriod, periodPhrases } from '../periods';
import { toDay, weekday } from '../dates';

/** "Monday - 10.06.25:", "Tuesday, Oct. 7:": a weekday and its date, then a colon, opening a paragraph. */
const DAY_LABEL_RE =
  /^[\s\u00a0]*((?:Mon|Tues|Wednes|Thurs|Fri)day)[\s\u00a0]*[-–—,][\s\u00a0]*([A-Z][a-z]{2,8}\.?[\s\u00a0]+\d{1,2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)[\s\u00a0]*:/;
/** A diary's entries cover the days before its date: a label further back is some other list. */
const MAX_LABEL_AGE_DAYS = 14;

/**
 * day-label: "Tuesday - 03.11.25: Metals were busy. Copper slid, and platinum ended at $962.40": a weekly
 * diary's entry opened by a weekday and its date tells that session; the paragraph's figures that name no day of
 * their own are that day's. The date must fall on the weekday named (which also settles month-first or day-first)
 * and within two weeks before the article: otherwise the label dates nothing.
 */
export function dayLabel(block: string, published: string): ClaimPeriod | null {
  const m = DAY_LABEL_RE.exec(block);
  if (!m) return null;
  const dow = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const date = m[2]!;
  const days = /^\d/.test(date)
    ? numericDays(date, published)
    : periodPhrases(`on ${date}`, 0, date.length + 3, published).map((f) => f.period);
  const fits = days.filter((p) => {
    if (!isOneDayPeriod(p)) return false;
    const d = p.type === 'span' ? p.to : p.type === 'point' ? p.period : '';
    return weekday(d) === dow && d <= published && toDay(published) - toDay(d) <= MAX_LABEL_AGE_DAYS;
  });
  return fits.length === 1 ? fits[0]! : null;
}

/** "10.06.25" read month-first and day-first (the weekday decides which); a missing year is the article's. */
function numericDays(text: string, published: string): ClaimPeriod[] {
  const [a, b, y] = text.split(/[./]/).map(Number) as [number, number, number | undefined];
  const year = y === undefined ? Number(published.slice(0, 4)) : y < 100 ? 2000 + y : y;
  const out: ClaimPeriod[] = [];
  for (const [month, day] of a === b
    ? [[a, b]]
    : [
        [a, b],
        [b, a],
      ]) {
    const span = month! >= 1 && month! <= 12 ? daySpan(year, month!, day!, text) : null;
    if (span) out.push(span);
  }
  return out;
}
