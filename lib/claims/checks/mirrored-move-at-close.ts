import { marketLevelGroups, type CheckInput } from './figures';
import { agree, dataSlack, stepOf } from './tolerances';
import { otherSourceSlack } from './level-change';
import { addDays } from '../dates';

/**
 * mirrored-move-at-close. Example: "the 10-year yield slipped 2 basis points to 4.13%" when the stored close that
 * session is 4.13% and the session's move +0.02: the level stated with the move closes the session the judge read,
 * so the period is no longer in doubt, and a move of the same size the other way is the direction written wrong.
 * Without the level (or with one from another day) the judge's neutral 'check' stands: the move may be a week's.
 */
export function mirroredMovesAtClose({ view, sentences }: CheckInput): void {
  for (const { group, level } of marketLevelGroups(sentences)) {
    const L = level.claim;
    const day = L.judgement?.reference?.period;
    if (L.judgement?.verdict !== 'matches' || !day || day.includes('/')) continue;
    for (const f of group) {
      const M = f.claim;
      const j = M.judgement;
      if (f === level || f.measure === 'level' || M.period || j?.verdict !== 'check' || !j.reference) continue;
      // The judge read the undated move as one session's, the session this level closes: from the close before it.
      const [from, to] = j.reference.period.split('/');
      const before = to === day ? view.pointOnOrBefore(L.indicator!.id, addDays(day, -1)) : null;
      if (!before || before.date !== from) continue;
      const moved = j.reference.value;
      // The same size within the stated figure's rounding, the other way; a flat session has no "other way".
      if (moved === 0 || Math.sign(moved) === Math.sign(M.value)) continue;
      if (!agree(-M.value, moved, stepOf(M) / 2 + dataSlack(moved))) continue;
      // The previous close the article's two figures imply must be further from the stored one than another
      // source's close could be ("slipped 1 basis point to 4.28%" may be a wire's 4.29% the day before).
      const prev = before.value;
      const pct = f.measure === 'pctChange';
      const implied = pct ? L.value / (1 + M.value / 100) : L.value - M.value;
      const slack =
        stepOf(L) / 2 +
        (pct ? (Math.abs(prev) * stepOf(M)) / 200 : stepOf(M) / 2) +
        dataSlack(prev) +
        otherSourceSlack(L.indicator!, prev, L.sentence);
      if (agree(implied, prev, slack)) continue;
      M.judgement = {
        ...j,
        verdict: 'differs',
        explanation: `${j.explanation} The level stated with it (${L.text}) closes that session, which moved the same size the other way.`,
      };
    }
  }
}
