import { byScore, carried, type Candidate, type Mention } from '../candidate';
import { isFirstCrossing } from '../rules/threshold';

/**
 * Example: "The index first closed above 4,500 on Jan. 6, at 4,525.48": the close after a first
 * crossing is the crossing's subject, however far the name stands; the crossing itself is not
 * marked (rules/threshold.ts), so it cannot pass its subject on as a matched figure would.
 */

/** Whether the figure before this one in the sentence is a first crossing whose reading this figure gives. */
export function readsCrossing(
  text: string,
  prevStart: number,
  prevEnd: number,
  figureStart: number,
  from: number,
): boolean {
  return isFirstCrossing(text.slice(Math.max(from, prevStart - 40), prevStart), text.slice(prevEnd, figureStart));
}

/**
 * The candidates, with the best one (or, if the sentence names none, the subject named last) carried
 * at `score`: the crossing's subject goes on to its reading.
 */
export function withCrossingSubject(cands: Candidate[], recent: Mention | null, score: number): Candidate[] {
  if (cands.length > 1) byScore(cands);
  const best = cands[0] ?? null;
  const subject: Mention | null = best ?? recent;
  if (!subject) return cands;
  return [carried(subject, `${subject.alias} (reading of a crossing)`, 'same-subject-chain', score), ...cands];
}
