import type { AliasDrop } from '../site';

/** A row of a tariff table that speaks of everyone else: "Baseline for most other partners", "Rest of the world". */
const OTHER_PARTNERS_RE =
  /\b(?:baseline|universal|(?:most|all)[\s\u00a0]+other|other[\s\u00a0]+partners|rest[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+world)\b[^·]*·?[^·]*$/i;

/** How far before a cell's figure its row header is read (characters). */
const ROW_CHARS = 80;

/**
 * other-partners-row. Example: "U.S. tariffs on Japanese goods · Rate · Baseline for most other partners · 10%":
 * the row's rate is everyone else's, not that of the country the caption names.
 */
export function rowNamesOthers(text: string, figureStart: number): boolean {
  return OTHER_PARTNERS_RE.test(text.slice(Math.max(0, figureStart - ROW_CHARS), figureStart));
}

export const otherPartnersRow: AliasDrop = (o, { text, expr, cell }) =>
  cell && o.entry.indicator.kind === 'tariff' && rowNamesOthers(text, expr.start);
