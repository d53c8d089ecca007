import type { Found } from '../periods';
import { addDays } from '../dates';

/**
 * year-change-column. Example: a year-end table "Final closes of 2025 · 2025 change · KOSPI (Dec. 30) · +75.6%": the
 * column names the year the change is over; the row's day is the close the year ended on, not the move's session.
 *
 * `found` are the period phrases of a cell's headers and row (in their order).
 */
// change-in-year: "Change in 2025" as well.
const YEAR_CHANGE_LABEL_RE =
  /^(?:(?:19|20)\d\d[\s\u00a0]+(?:%[\s\u00a0]+)?(?:change|chg|gain|return|performance)|(?:change|chg|gain|return|performance)[\s\u00a0]+(?:in|for|over)[\s\u00a0]+(?:19|20)\d\d)$/i;
/** A row's day: a session, not a longer span. */
const DAY_SPAN_DAYS = 3;

export function yearOverRowDay(found: Found[]): Found[] {
  const year = found.find((f) => f.period.type === 'point' && YEAR_CHANGE_LABEL_RE.test(f.period.label));
  if (!year) return found;
  return found.filter(
    (f) =>
      !(
        f.start > year.start &&
        f.period.type === 'span' &&
        f.period.from < f.period.to &&
        f.period.to <= addDays(f.period.from, DAY_SPAN_DAYS)
      ),
  );
}
