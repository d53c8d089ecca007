import type { ClaimPeriod } from '../types';
import { addDays, fromDay, isSessionSpan, lastWeekdayOnOrBefore, toDay } from '../dates';
import { MONTH_ANY } from '../lexicon/month-patterns';

/**
 * year-carry. Example: "June 6, 2024 - The ECB lowered the deposit rate to 3.75% with effect from June 12.": a day
 * written without its year, after a day the same sentence dates in full, is that day's neighbour (June 12, 2024), not
 * a June 12 before the article.
 */

/** How far (days) a yearless day may lie from the dated day it follows: one quarter; farther, the year is the reader's guess. */
const CARRY_REACH_DAYS = 92;
const YEAR_IN_LABEL_RE = /\b(?:19|20)\d\d\b/;
/** "June 12", "12 June", "Jan. 6": a calendar day; a weekday ("Tuesday") counts from the article, not from it. */
const MONTH_DAY_LABEL_RE = new RegExp(
  String.raw`^(?:${MONTH_ANY}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_ANY})$`,
  'i',
);

interface Dated {
  start: number;
  period: ClaimPeriod;
  barrier?: boolean;
}

function oneDay(p: ClaimPeriod): p is Extract<ClaimPeriod, { type: 'span' }> {
  return p.type === 'span' && isSessionSpan(p);
}

/** Re-dates, in place, each yearless day that follows a day the sentence writes with its year. */
export function carryYear<T extends Dated>(found: T[]): void {
  let anchor: string | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const p = f.period;
    if (f.barrier || !oneDay(p) || p.lastSession) continue;
    if (YEAR_IN_LABEL_RE.test(p.label)) {
      anchor = p.to;
      continue;
    }
    if (!anchor || !MONTH_DAY_LABEL_RE.test(p.label) || p.to.slice(0, 4) === anchor.slice(0, 4)) continue;
    const day = nearestYear(p.to, anchor);
    if (!day || day === p.to) continue;
    found[i] = { ...f, period: { ...p, from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day } };
  }
}

/** `iso`'s month and day in the year that puts it nearest `anchor`; null beyond CARRY_REACH_DAYS. */
function nearestYear(iso: string, anchor: string): string | null {
  const y = Number(anchor.slice(0, 4));
  let best: string | null = null;
  let bestGap = CARRY_REACH_DAYS + 1;
  for (const year of [y - 1, y, y + 1]) {
    const day = `${year}${iso.slice(4)}`;
    if (fromDay(toDay(day)) !== day) continue;
    const gap = Math.abs(toDay(day) - toDay(anchor));
    if (gap < bestGap) {
      best = day;
      bestGap = gap;
    }
  }
  return best;
}
