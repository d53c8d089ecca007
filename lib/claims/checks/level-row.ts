import type { Claim } from '../types';
import type { Figure } from './figures';

/** What may stand between two cells of a row that lost its table: spaces and a currency sign. */
const CELL_GAP_RE = /^[\s\u00a0$€£¥]*$/;

/**
 * level-row. Example: "DJIA 41,800.10 45,020.55 46,150.30 1.4% 9.2%": levels of one subject side by side, with
 * nothing between them, are a table row whose column headers (its dates) the text has lost. Which day each is for
 * is unsaid, so none is called wrong, and none is held against the others as a second value for one day.
 */
export function levelRows(sentences: Figure[][]): Set<Claim> {
  const row = new Set<Claim>();
  for (const figs of sentences) {
    for (let k = 1; k < figs.length; k++) {
      const a = figs[k - 1]!;
      const b = figs[k]!;
      if (a.measure !== 'level' || b.measure !== 'level' || !a.claim.indicator) continue;
      if (a.claim.indicator.id !== b.claim.indicator?.id || !CELL_GAP_RE.test(b.before)) continue;
      row.add(a.claim);
      row.add(b.claim);
    }
  }
  return row;
}

/** The verdict of a cell of such a row: a question, never an alarm. */
export function unsayRowDay(c: Claim): void {
  const j = c.judgement;
  if (!j || j.verdict === 'matches') return;
  j.verdict = 'check';
  j.explanation = `${j.explanation} Not called wrong: one of several levels side by side, for days the text does not name.`;
}
