import type { Found } from '../periods';
import { addDays } from '../dates';

/**
 * week-to-row-date. Example: a "Week at a Glance" table whose row reads "Bitcoin (Coinbase) · $72,953.27 · Mar 15 ·
 * +10.4%" under "1-week change": the move is the week to that row's date, not the row's day alone.
 *
 * `found` are the period phrases of a cell's headers and row (in their order); the week comes from a column
 * header, the day from the row's date cell after it.
 */
const WEEK_DAYS = 7;

export function weekToRowDate(found: Found[]): Found[] {
  const week = found.find((f) => f.period.type === 'span' && f.period.label === 'this week');
  if (!week) return found;
  const day = found.find(
    (f) =>
      f !== week &&
      f.start > week.start &&
      f.period.type === 'span' &&
      f.period.label !== 'this week' &&
      f.period.from < f.period.to &&
      f.period.to <= addDays(f.period.from, 3),
  );
  if (day?.period.type !== 'span') return found;
  const to = day.period.to;
  const span = { type: 'span' as const, from: addDays(to, -WEEK_DAYS), to, label: `week to ${day.period.label}` };
  return found.filter((f) => f !== day).map((f) => (f === week ? { ...f, period: span } : f));
}
