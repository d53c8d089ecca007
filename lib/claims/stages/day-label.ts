import type { ClaimPeriod } from '../types';
import { periodPhrases } from '../periods';
import { toDay, weekday } from '../dates';

/** "Monday - 10.06.25:", "Tuesday, Oct. 7:": a weekday and its date, then a colon, opening a paragraph. */
const DAY_LABEL_RE =
  /^[\s\u00a0]*((Mon|Tues|Wednes|Thurs|Fri)day)[\s\u00a0]*[-–—,][\s\u00a0]*([A-Z][a-z]{2,8}\.?[\s\u00a0]+\d{1,2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)[\s\u00a0]*:/;
const WEEKDAYS = ['Mon', 'Tues', 'Wednes', 'Thurs', 'Fri'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
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
  const dow = WEEKDAYS.indexOf(m[2]!);
  const phrases = numericDates(m[3]!, published).map(
    (d) => `on ${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8))}, ${d.slice(0, 4)}`,
  );
  if (!/^\d/.test(m[3]!)) phrases.push(`on ${m[3]}`);
  const days = phrases
    .flatMap((words) => periodPhrases(words, 0, words.length, published))
    .map((f) => f.period)
    .filter((p) => p.type === 'span' || (p.type === 'point' && p.period.length === 10));
  const end = (p: ClaimPeriod) => (p.type === 'span' ? p.to : p.type === 'point' ? p.period : '');
  const fits = days.filter((p) => {
    const d = end(p);
    return d.length === 10 && weekday(d) === dow && d <= published && toDay(published) - toDay(d) <= MAX_LABEL_AGE_DAYS;
  });
  return fits.length === 1 ? fits[0]! : null;
}

/** "10.06.25" read month-first and day-first (the weekday decides which); a missing year is the article's. */
function numericDates(text: string, published: string): string[] {
  const parts = text.split(/[./]/).map(Number);
  if (parts.length < 2) return [];
  const year = parts[2] === undefined ? Number(published.slice(0, 4)) : parts[2] < 100 ? 2000 + parts[2] : parts[2];
  const out = new Set<string>();
  for (const [mo, d] of [
    [parts[0]!, parts[1]!],
    [parts[1]!, parts[0]!],
  ] as const) {
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
      out.add(`${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }
  return [...out];
}
