import type { DatasetView } from '../dataset-view';
import type { ClaimPeriod } from '../types';
import { addDays, isSessionSpan, toDay, weekday } from '../dates';

/** A week's span is this many calendar days long, give or take a weekend. */
const WEEK_DAYS = { min: 4, max: 7 } as const;

/**
 * Rule seven-day-week: "Bitcoin −1.40% on the week" may run from the weekend before the week (the
 * span's start) or, as most market tables count a coin that trades every day, from the same weekday
 * a week before ("Changes from May 8"). For a series with weekend points this gives that second
 * start, so a week's move is called wrong only when neither reading agrees.
 */
export function sevenDayWeekStart(view: DatasetView, id: string, period: ClaimPeriod | null): string | null {
  if (period?.type !== 'span') return null;
  const days = toDay(period.to) - toDay(period.from);
  if (days < WEEK_DAYS.min || days > WEEK_DAYS.max) return null;
  const start = addDays(period.to, -7);
  if (start === period.from) return null;
  // Only a market that trades at weekends: a point stored on a Saturday or Sunday of that week.
  for (let d = start; d <= period.to; d = addDays(d, 1)) {
    if (weekday(d) > 4 && view.pointOnOrBefore(id, d, 0)?.date === d) return start;
  }
  return null;
}

/**
 * Rule seven-day-session: "Bitcoin: down 7.1% on the day" on a Monday is the move from Sunday's
 * close, for a coin that trades every day, not from Friday's as for a market that shuts at weekends.
 * For a series with a point on the day before the span's end, gives that day as the other start.
 */
export function sevenDaySessionStart(view: DatasetView, id: string, period: ClaimPeriod | null): string | null {
  if (period?.type !== 'span') return null;
  // One session across a weekend (Friday to Monday), not a day that is already calendar-long.
  if (!isSessionSpan(period) || toDay(period.to) - toDay(period.from) < 2) return null;
  const start = addDays(period.to, -1);
  return view.pointOnOrBefore(id, start, 0)?.date === start ? start : null;
}
