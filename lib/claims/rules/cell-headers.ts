import { CELL_JOIN } from '../stages/read-block';

/** A quote board's sort arrows after a column's name: "Prev close ▲▼", "Day range ⇅". */
export const SORT_ARROWS = String.raw`[\s\u00a0▲▼↑↓⇅⇵△▽^v]*`;

/** Example: "Stock indices · Prev close ▲▼ · S&P 500": whether any one of a cell's headers is what `re` names. */
export function hasHeader(context: string | undefined, re: RegExp): boolean {
  return !!context && context.split(CELL_JOIN).some((h) => re.test(h.trim()));
}
