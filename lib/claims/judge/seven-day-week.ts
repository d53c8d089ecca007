import type { DatasetView } from '../dataset-view';
import type { ClaimPeriod } from '../types';
import { addDays, isSessionSpan, lastWeekdayOnOrBefore, toDay, weekday } from '../dates';

/** A week's span is this many calendar days long, give or take a weekend. */
const WEEK_DAYS = { min: 4, max: 7 } as const;
/** weekday() of a Friday (Monday is 0). */
const FRIDAY = 4;

/**
 * Rule seven-day-week: "Bitcoin −1.40% on the week" may run from the weekend before the week (the
 * span's start) or, as most market tables count a coin that trades every day, from the same weekday
 * a week before ("Changes from May 8"). For a series with weekend points this gives that second
 * start, so a week's move is called wrong only when neither reading agrees.
 */
export function sevenDayWeekStart(view: DatasetView, id: string, period: ClaimPeriod | null): string | null {
  if (period?.type !== 'span') return null;
  const days = toDay(period.to) - toDay(period.from);
  const start = addDays(period.to, -7);
  // midweek-week: "Week −1.0%" in Wednesday's table may be the seven days from last Wednesday's close as
  // much as the days since the weekend: a week so far that ends before Friday has both readings, any market.
  // Not one session across a weekend ("today" on a Monday runs from Friday's close).
  if (
    days > 0 &&
    days < WEEK_DAYS.max &&
    period.from !== lastWeekdayOnOrBefore(addDays(period.to, -1)) &&
    weekday(period.from) >= FRIDAY &&
    weekday(period.to) < FRIDAY &&
    view.pointOnOrBefore(id, start, 0)?.date === start
  )
    return start;
  if (days < WEEK_DAYS.min || days > WEEK_DAYS.max) return null;
  if (start === period.from) return null;
  // Otherwise only a market that trades at weekends: a point stored on a Saturday or Sunday of that week.
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
