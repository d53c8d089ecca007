import type { Found } from '../periods';
import { addDays } from '../dates';

/**
 * week-to-row-date. Example: a "Week at a Glance" table whose row reads "Bitcoin (Coinbase) · $72,953.27 · Mar 15 ·
 * +10.4%" under "1-week change": the move is the week to that row's date, not the row's day alone.
 *
 * `found` are the period phrases of a cell's headers and row (in their order); the week comes from a column
 * header, the day from the row's date cell after it.
 * seven-day-column: "The week in one table · 7 days · S&P 500, Friday · -2.43%": the seven days to the row's day.
 */
const WEEK_DAYS = 7;
/** A column naming the week: "this week" (from "Week", "1-week change") or "7 days" (seven-day-column). */
const WEEK_LABEL_RE = /^(?:this week|(?:7|seven)[\s\u00a0-]days?)$/i;

export function weekToRowDate(found: Found[]): Found[] {
  const week = found.find((f) => f.period.type === 'span' && WEEK_LABEL_RE.test(f.period.label));
  if (!week) return found;
  const day = found.find(
    (f) =>
      f !== week &&
      f.start > week.start &&
      f.period.type === 'span' &&
      !WEEK_LABEL_RE.test(f.period.label) &&
      f.period.from < f.period.to &&
      f.period.to <= addDays(f.period.from, 3),
  );
  if (day?.period.type !== 'span') return found;
  const to = day.period.to;
  const span = { type: 'span' as const, from: addDays(to, -WEEK_DAYS), to, label: `week to ${day.period.label}` };
  return found.filter((f) => f !== day).map((f) => (f === week ? { ...f, period: span } : f));
}
