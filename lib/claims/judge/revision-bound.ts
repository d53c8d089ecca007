import { indicatorClass } from '../dataset-view';
import type { JudgeInput } from './input';
import { REVISION_BOUND_POINTS, TOLERANCES } from './tolerances';

/**
 * Rule revision-bound: "consumer prices rose 3.1 percent in November" against a stored 2.7 from a
 * later edition. Only the later edition is stored, so the first print may have differed, but not by
 * more than the indicator ever revises (CPI year over year is not revised):
 * a gap beyond that is an error whichever edition the article read.
 */
export function beyondRevision(input: JudgeInput, stored: number): boolean {
  const gap = Math.abs(input.value - stored);
  // A day's price against a stored monthly average is no revision: prices move more than any bound
  // within a month ("February futures at $4,398.50" against December's average of $4,309).
  // stated-average: "bullion averaged $4,721 in May" is the month's average itself, which is not
  // revised: a gap beyond the claim's rounding is an error.
  if (indicatorClass(input.indicator) === 'market') return !!input.average && gap > input.halfStep + TOLERANCES.epsilon;
  const bound = REVISION_BOUND_POINTS[input.indicator.id];
  // The claim's own rounding comes on top of the revision: "3.2%" may stand for 3.15.
  return bound !== undefined && gap > bound + input.halfStep + TOLERANCES.epsilon;
}
