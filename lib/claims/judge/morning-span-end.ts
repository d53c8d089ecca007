import type { DatasetView } from '../dataset-view';
import type { ClaimPeriod } from '../types';
import { addDays } from '../dates';
import { isWeekdayLabel } from '../periods';

/**
 * Rule morning-span-end: "EUR/USD has given up about 1.6% since last Friday" in an outlook sent at
 * 06:40 GMT runs to the last close before the article, not to that day's close, which did not exist
 * yet. For a span ending on the article's day with a figure stored that day, this gives the day before
 * as the other end to try: the move is called wrong only when neither reading agrees.
 */
export function morningSpanEnd(
  view: DatasetView,
  id: string,
  period: ClaimPeriod | null,
  published: string,
): { from: string; to: string } | null {
  if (period?.type !== 'span' || period.to !== published) return null;
  if (view.pointOnOrBefore(id, published, 0)?.date !== published) return null;
  const before = view.pointOnOrBefore(id, addDays(published, -1), 4);
  if (!before) return null;
  if (before.date > period.from) return { from: period.from, to: before.date };
  // morning-day: "Dollar-yen finished at 152.72, up 0.6% on the day" in a morning outlook: the day is
  // the last session before the article, measured from the session before it.
  // named-today: "climbed 2 basis points to 3.59% on Thursday" on a Thursday names the day's own session, over.
  if (isWeekdayLabel(period.label)) return null;
  const start = view.pointOnOrBefore(id, addDays(before.date, -1), 4);
  return start ? { from: start.date, to: before.date } : null;
}
