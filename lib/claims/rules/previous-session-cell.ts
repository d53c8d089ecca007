import { addDays, lastWeekdayOnOrBefore } from '../dates';
import type { ClaimPeriod } from '../types';

/**
 * previous-session-cell. Example: a Tokyo table "Indicator · Latest · Previous" with a row
 * "10-year JGB yield · 0.95% · 0.97%": an undated daily quote under "Previous" (or "Prior close") is
 * the session before the article's, not a second reading of the article's day.
 */
const PREVIOUS_SESSION_HEADER_RE =
  /^(?:previous|prior|prev\.?)(?:[\s\u00a0]+(?:close|closing|session|day|level|value|reading))?$/i;

const namesPrevious = (headers: string) => headers.split(' · ').some((h) => PREVIOUS_SESSION_HEADER_RE.test(h.trim()));

/** The session before the article's day, for a daily level in a "Previous" column with no date of its own. */
export function previousSessionCell(headers: string, published: string): ClaimPeriod | null {
  if (!namesPrevious(headers)) return null;
  const day = lastWeekdayOnOrBefore(addDays(lastWeekdayOnOrBefore(published), -1));
  return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: 'the previous session' };
}

/** How far back a table's last decision may lie for its "Previous" cell to be the rate that decision replaced. */
export const RECENT_DECISION_DAYS = 45;

/**
 * previous-decision-cell. Example: "Bank of Canada overnight rate · 2.25% · 2.50%" under "Latest · Previous"
 * the day of a cut: a policy rate's undated "Previous" is the rate in force before its last decision.
 */
export function previousDecisionCell(headers: string, lastDecision: string | undefined): ClaimPeriod | null {
  if (!lastDecision || !namesPrevious(headers)) return null;
  return { type: 'point', period: addDays(lastDecision, -1), label: 'before the last decision' };
}
