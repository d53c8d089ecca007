import type { Found } from '../periods';
import { isSessionSpan } from '../dates';

/**
 * day-column. Example: "July in numbers · Day · Brent spot · +5.48%": a cell under a "Day" column is the last
 * session's move, whatever longer span the caption names (the caption's month is the "Month" column's); a week
 * caption already gives way to it in periods.ts (week-to-day).
 */
const DAY_COLUMN_RE =
  /(?:^|·)[\s\u00a0]*(?:day|daily|1d|d\/d|today)(?:[\s\u00a0]+(?:change|chg|move|%))?[\s\u00a0]*(?:·|$)/i;

/** `headers` is the cell's caption and headers, in which the phrases were read. */
export function dayColumnOverCaption(phrases: Found[], headers: string): Found[] {
  if (!DAY_COLUMN_RE.test(headers)) return phrases;
  return phrases.filter((f) => f.barrier || f.forward || (f.period.type === 'span' && isSessionSpan(f.period)));
}
