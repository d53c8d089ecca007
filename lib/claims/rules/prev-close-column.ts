import { hasHeader, SORT_ARROWS } from './cell-headers';
import { addDays, lastWeekdayOnOrBefore, weekday } from '../dates';
import type { ClaimPeriod } from '../types';

/** A quote board's "Prev close" column (sort arrows and all): "Prev close ▲▼", "Previous close", "Prior close". */
const PREV_CLOSE_HEADER_RE = new RegExp(String.raw`^(?:prev\.?|previous|prior)[\s\u00a0]+close\b${SORT_ARROWS}$`, 'i');

/** Whether a table cell's headers include a "Prev close" column. */
export function isPrevCloseCell(context: string | undefined): boolean {
  return hasHeader(context, PREV_CLOSE_HEADER_RE);
}

/**
 * prev-close-column: a dashboard of March 18 (a Wednesday) lists the S&P 500's "Prev close" as 6,716.09: the close of
 * the session before the board's last, March 17. On a weekend board the last is Friday's and the one before Thursday's;
 * on a Monday the board may not have Monday's close yet, so which close is "previous" is unsure: null (not dated).
 */
export function prevClosePeriod(published: string): ClaimPeriod | null {
  // weekday(): Monday 0 ... Sunday 6. The board's last session, then the weekday before it.
  if (weekday(published) === 0) return null;
  const to = lastWeekdayOnOrBefore(addDays(lastWeekdayOnOrBefore(published), -1));
  return { type: 'span', from: addDays(to, -1), to, label: 'the previous close', lastSession: true };
}
