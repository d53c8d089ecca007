import { hasHeader } from './cell-headers';
import { previousPeriod } from '../dates';
import type { ClaimPeriod } from '../types';

/**
 * previous-cell: a calendar row "US CPI (Sep), y/y" under "Previous" holds August's figure, and a
 * "Fed funds target · Wed 29 Oct" row under "Previous" holds the rate in force before that meeting.
 */
const PREVIOUS_HEADER_RE =
  /^(?:previous|prior|prev\.?|last)(?:[\s\u00a0]+(?:reading|release|value|figure|rate|level))?$/i;
/** previous-undated: "Previous rate" in a row that names no date is an earlier rate of a day not given. */
// before-column: a tariff table's "Rate now · Before" columns: "Before" holds the rate replaced.
const PREVIOUS_RATE_HEADER_RE = /^(?:(?:previous|prior|old|earlier)[\s\u00a0]+(?:rate|level)|before|previously|was)$/i;

/** Whether a table cell's headers include a column of previous readings. */
export function isPreviousCell(context: string | undefined): boolean {
  return hasHeader(context, PREVIOUS_HEADER_RE);
}

/** Whether a table cell's headers include a "Previous rate" column (previous-undated). */
export function isPreviousRateCell(context: string | undefined): boolean {
  return hasHeader(context, PREVIOUS_RATE_HEADER_RE);
}

/** The period a "Previous" cell speaks of, given the period its row names. */
export function previousCellPeriod(period: ClaimPeriod | null, published: string): ClaimPeriod | null {
  if (!period) return null;
  if (period.type === 'point' && period.period.length < 10) {
    const before = previousPeriod(period.period);
    return before ? { type: 'point', period: before, label: `before ${period.label}` } : null;
  }
  // A decision still to come: what was there before it is what is in force on the article's date.
  const day = period.type === 'point' ? period.period : period.type === 'span' ? period.to : period.within.to;
  return day >= published ? null : period;
}
