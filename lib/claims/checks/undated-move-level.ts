import { marketLevelGroups, type CheckInput } from './figures';
import { notCalledWrong } from '../judge/explain';

/**
 * undated-move-level. Example: "The dollar index slid 4.81% to 100.78, and the yen had its best quarter in years" in a
 * letter weeks after the quarter: the move fits no session the article could mean (a question), so the level it
 * ended at is of that same unknown time: a question too, never a red "differs" against the last close.
 */
export function undatedMoveLevels({ sentences }: CheckInput): void {
  for (const { group, level } of marketLevelGroups(sentences)) {
    const L = level.claim;
    if (L.period || L.judgement?.verdict !== 'differs' || L.judgement.settledBy) continue;
    // The move must come first and end at the level ("slid 4.81% to 100.78"), undated and itself unsettled.
    const move = group.find(
      (f) =>
        f !== level &&
        f.measure !== 'level' &&
        f.end <= level.at &&
        !f.claim.period &&
        f.claim.judgement?.verdict === 'check' &&
        MOVE_TO_RE.test(L.sentence.slice(f.end, level.at)),
    );
    if (!move) continue;
    L.judgement = notCalledWrong(
      L.judgement,
      `it is where a move of ${move.claim.text} ended, and that move fits no session the article names.`,
    );
  }
}

/** What stands between a move and the level it ended at: " to ", ", or 1.2%, to ". */
const MOVE_TO_RE = /^[^.;!?\d]{0,4}(?:[\s\u00a0]+to|[\s\u00a0]+at)[\s\u00a0]*[$€£¥]?$/i;
