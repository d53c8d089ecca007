import type { Claim } from '../types';
import { indicatorClass, type DatasetView } from '../dataset-view';
import { addDays, previousPeriod, weekday } from '../dates';
import { dayOf } from './figures';

/**
 * The dataset's two ends of a move: the level a claim's period ends at and the one before it (the
 * previous close for a daily figure, the previous period's figure for a monthly or quarterly one).
 */
export interface Ends {
  end: number;
  prev: number;
  /** A market figure's previous session, the day `prev` closed. */
  prevDate?: string;
}

export function datasetEnds(view: DatasetView, c: Claim, published: string): Ends | null {
  const ind = c.indicator;
  if (!ind) return null;
  const cls = indicatorClass(ind);
  if (cls === 'market') {
    const day = dayOf(c, published);
    if (!day) return null;
    // weekend-last-session: a Sunday story's "gained 846.24 points ... to 45,631.74" with no day named
    // is Friday's close, the only session since; any other day without a figure stays unread.
    const end = view.pointOnOrBefore(ind.id, day, !c.period ? weekendGap(day) : 0);
    if (!end) return null;
    const prev = view.pointOnOrBefore(ind.id, addDays(end.date, -1));
    return prev ? { end: end.value, prev: prev.value, prevDate: prev.date } : null;
  }
  if (cls === 'periodic' && c.period?.type === 'point') {
    const before = previousPeriod(c.period.period);
    if (!before) return null;
    const end = view.vintages(ind.id, c.period.period, published).known;
    const prev = view.vintages(ind.id, before, published).known;
    return end && prev ? { end: end.value, prev: prev.value } : null;
  }
  return null;
}

/** Days back to the last weekday from a Saturday (1) or a Sunday (2); 0 on a weekday (0 = Monday). */
function weekendGap(day: string): number {
  const w = weekday(day);
  return w === 5 ? 1 : w === 6 ? 2 : 0;
}
