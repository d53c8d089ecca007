import { SORT_ARROWS } from './cell-headers';
import { CELL_JOIN } from '../stages/read-block';

/**
 * A header that names an extreme, short and ending in it: "Nikkei low close", "Record close", "52-week high"; not a lone
 * "record" note, nor a caption's sentence ("Stocks at record highs").
 */
const EXTREME = '(?:record|all-time|lowest|highest|low|high|peak|trough)';
const LEVEL_NOUN = '(?:close|closing|level|price|fix)';
const EXTREME_HEADER_RE = new RegExp(
  String.raw`^(?:(?:[\w&.'’-]+[\s\u00a0]+){1,2}${EXTREME}(?:[\s\u00a0]+${LEVEL_NOUN})?|${EXTREME}[\s\u00a0]+${LEVEL_NOUN})${SORT_ARROWS}$`,
  'i',
);

/**
 * extreme-cell: an almanac's box "Nikkei low close · 31,458.42" or a table's "Record close" holds the extreme of a
 * span on a day the table does not give (an OHLC table's "High" an intraday one): not the latest close, not marked.
 * A table's caption (the first of three or more headers) is not read: "Stocks at record · Close · S&P 500".
 */
export function isExtremeCell(context: string | undefined): boolean {
  if (!context) return false;
  const parts = context.split(CELL_JOIN);
  return parts.slice(parts.length >= 3 ? 1 : 0).some((h) => EXTREME_HEADER_RE.test(h.trim()));
}
