import type { AliasDrop } from '../site';

/** "above the 10-year ... by about ": one yield measured against another tenor, the figure the gap. */
const ABOVE_TENOR_BY_RE =
  /\b(?:above|below|over|under)[\s\u00a0]+the[\s\u00a0]+(?:\d{1,2}|two|five|ten|thirty)[\s\u00a0-]+year\b[^.;:!?]{0,60}\bby[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|some[\s\u00a0]+|nearly[\s\u00a0]+)?$/i;

/** How far before the figure the comparison may stand. */
const LOOK_BACK = 120;

/**
 * gap-to-tenor. Example: "the 2-year yield has stayed above the 10-year all year, by about 40 basis points": the
 * basis points after "by" measure the gap between two tenors (the curve's inversion), not either yield's move.
 */
export const gapToTenor: AliasDrop = (o, { text, expr }) => {
  if (o.entry.indicator.kind !== 'yield' || (expr.unit !== 'bp' && expr.unit !== 'pp')) return false;
  return ABOVE_TENOR_BY_RE.test(text.slice(Math.max(0, expr.start - LOOK_BACK), expr.start));
};
