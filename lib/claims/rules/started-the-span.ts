import { addDays, weekday } from '../dates';
import type { ClaimPeriod } from '../types';

/**
 * started-the-span. Example: "the token started the week at $61,200, so it is up 4% in seven days": a level
 * the market began a week, month or year at is the last close before it, not the article's day.
 */
const STARTED_SPAN_RE =
  /\b(?:started|began|opened|entered|kicked[\s\u00a0]+off)[\s\u00a0]+the[\s\u00a0]+(week|month|year)[\s\u00a0]+(?:at|near|around|just[\s\u00a0]+(?:above|below))[\s\u00a0]+(?:about[\s\u00a0]+|roughly[\s\u00a0]+)?[$€£¥]?$/i;

/** The last session before the week, month or year the lead says the level began, or null. */
export function startedTheSpan(lead: string, published: string): ClaimPeriod | null {
  const m = STARTED_SPAN_RE.exec(lead);
  if (!m) return null;
  const unit = m[1]!.toLowerCase();
  // The day before the span began: the Sunday before this week's Monday, the last day of the month or year before.
  const eve =
    unit === 'week'
      ? addDays(published, -(weekday(published) + 1))
      : unit === 'month'
        ? addDays(`${published.slice(0, 7)}-01`, -1)
        : `${Number(published.slice(0, 4)) - 1}-12-31`;
  // A market shut that day quotes its last session before it (year-end-session).
  return { type: 'span', from: addDays(eve, -6), to: eve, label: `the ${unit}'s start`, lastSession: true };
}
