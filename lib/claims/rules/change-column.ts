import type { NumericExpression } from '../types';

/**
 * change-column. Example: an index table with columns "Last · Change in Points · Change in %" holds
 * the close, then the day's move in points and in percent, written bare ("260.24", "1.08").
 */
const POINTS_CHANGE_HEADER_RE =
  /^(?:net[\s\u00a0]+)?(?:change|chg\.?|chng|move|\+\/-)(?:[\s\u00a0]+(?:in[\s\u00a0]+)?\(?(?:points?|pts?\.?)\)?)?$|^(?:points?|pts?\.?)[\s\u00a0]+(?:change|chg\.?)$/i;
const PERCENT_CHANGE_HEADER_RE =
  /^(?:%|pct\.?|percent(?:age)?)[\s\u00a0]*(?:change|chg\.?|chng|move)$|^(?:change|chg\.?|chng|move)[\s\u00a0]*(?:in[\s\u00a0]+)?\(?(?:%|pct\.?|percent)\)?$/i;

/** bp-column: "Maturity · Yield · Change (bp)": bare cells under it are moves in basis points ("-7"). */
const BP_CHANGE_HEADER_RE =
  /^(?:change|chg\.?|chng|move)[\s\u00a0]*(?:in[\s\u00a0]+)?\(?(?:bps?|basis[\s\u00a0]+points?)\)?$|^(?:bps?)[\s\u00a0]+(?:change|chg\.?)$/i;

export type ChangeColumn = 'points' | 'percent' | 'bp';

/**
 * caption-bp-changes: "Treasury yields at Friday's close (changes in basis points) · Day · 2-year · +2": a caption
 * giving the unit of the changes makes a "Day" or "Week" column's bare cells moves in that unit.
 */
const CAPTION_BP_RE = /\bchanges?[\s\u00a0]+(?:are[\s\u00a0]+)?in[\s\u00a0]+(?:basis[\s\u00a0]+points|bps?)\b/i;
const SPAN_COLUMN_RE = /^(?:day|daily|week|weekly|1d|1w|on[\s\u00a0]+the[\s\u00a0]+(?:day|week))$/i;

/**
 * signed-unit-column: "Index · Close · Pts · % · Nikkei 225 · +1.14": a header that is a bare unit ("%", "Pts") names
 * no move, but a signed cell under it is one. Unsigned ("Yield · % · 10-year · 4.52") it stays a level.
 */
const BARE_UNIT_HEADER: Record<string, ChangeColumn> = {
  '%': 'percent',
  pts: 'points',
  'pts.': 'points',
  bp: 'bp',
  bps: 'bp',
};
const SIGNED_CELL_RE = /^[\s\u00a0]*[+\-−\u2212]/;

/** Whether a table cell's headers include a column of moves, and in what unit; `own` is the cell's own text. */
export function changeColumn(context: string | undefined, own?: string): ChangeColumn | null {
  if (!context) return null;
  const parts = context.split(' · ');
  const signed = own !== undefined && SIGNED_CELL_RE.test(own);
  for (const part of parts) {
    const h = part.trim();
    if (PERCENT_CHANGE_HEADER_RE.test(h)) return 'percent';
    if (BP_CHANGE_HEADER_RE.test(h)) return 'bp';
    if (POINTS_CHANGE_HEADER_RE.test(h)) return 'points';
    if (signed && BARE_UNIT_HEADER[h.toLowerCase()]) return BARE_UNIT_HEADER[h.toLowerCase()]!;
  }
  if (CAPTION_BP_RE.test(parts[0]!) && parts.some((h) => SPAN_COLUMN_RE.test(h.trim()))) return 'bp';
  return null;
}

/** Bare figures under a percent or basis-point change header take its unit ("1.08" under "Change in %"), in place. */
export function applyColumnUnit(exprs: NumericExpression[], unit: 'percent' | 'bp'): void {
  for (const x of exprs) if (x.unit === 'number' && !x.per && !/[a-z]/i.test(x.text)) x.unit = unit;
}
