import { hasHeader, SORT_ARROWS } from './cell-headers';
/** A quote board's intraday column: "Day range ▲▼", "Day's range", "Intraday high", "Session low", "Day high". */
const DAY_RANGE_HEADER_RE = new RegExp(
  String.raw`^(?:day(?:['’]s)?|intraday|session)[\s\u00a0]+(?:range|high|low)\b${SORT_ARROWS}$`,
  'i',
);

/**
 * day-range-column: a dashboard's "Day range" cell "6,003.00 – 6,076.28" holds the session's intraday high and low,
 * which the dataset's closes cannot check: not marked.
 */
export function isDayRangeCell(context: string | undefined): boolean {
  return hasHeader(context, DAY_RANGE_HEADER_RE);
}
