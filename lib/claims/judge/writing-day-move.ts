import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { nearMiss } from './tolerances';

/**
 * Rule writing-day-move: "the greenback's index is 0.08% firmer so far today" against a close-to-close gain
 * of 0.35%: currencies trade round the clock, and a move on the day of writing, not said to be the
 * close's, may be measured hours before it. Of the same sign and a near miss, it is "check", not red.
 */
export function writingDayMove(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure === 'level' || input.closeWords) return j;
  if (!input.indicator.id.startsWith('fx.')) return j;
  const p = input.period;
  const day = p?.type === 'span' ? p.to : p?.type === 'point' ? p.period : input.published;
  const ref = j.reference;
  if (day !== input.published || !ref || Math.sign(ref.value) !== Math.sign(input.value)) return j;
  if (!nearMiss(input.value, ref.value)) return j;
  return notCalledWrong(j, "a move on the day of writing may be measured before that day's close.");
}
