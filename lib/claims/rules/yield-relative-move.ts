import { DOWN_SET, UP_SET } from '../lexicon/move-verbs';
import type { AliasDrop } from '../site';

/** percent-points-move reads a yield's move under half a point written with "%" as points; above it, this rule. */
const POINTS_MOVE_MAX = 0.5;

/**
 * yield-relative-move. Example: "Bund yields jumped 1.8 percent on Tuesday to 2.38 percent": a move verb right
 * before a percent figure of half a point or more makes it the yield's relative change, which no stored
 * curve gives reliably (a fitted curve moves otherwise than a benchmark bond): no claim of the yield.
 */
export const yieldRelativeMove: AliasDrop = (o, { info, expr, cs, cell }) => {
  // A table cell is read with its row's other cells before it ("... lower · 2.267%"): no verb of its own.
  if (cell || o.entry.indicator.kind !== 'yield' || expr.unit !== 'percent' || expr.value < POINTS_MOVE_MAX)
    return false;
  let k = cs - 1;
  if (info.tokens[k]?.norm === 'by') k--;
  const w = info.tokens[k]?.norm;
  return !!w && (UP_SET.has(w) || DOWN_SET.has(w));
};
