import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/**
 * today-bound-move. Example: "the index surged more than 4% today", written on the day, against a close-to-close
 * gain of 3.1%: a lower bound said while the session ran may have held at some hour and faded by the close.
 * Only the same way as the close's move, and only a bound ("more than", "over"): an exact size stays judged.
 */
export function todayBoundMove(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure === 'level' || input.bound !== 'above' || input.closeWords) return j;
  const p = input.period;
  if (p?.type !== 'span' || p.to !== input.published || !/\btoday\b/i.test(p.label)) return j;
  const ref = j.reference;
  if (!ref || Math.sign(ref.value) !== Math.sign(input.value)) return j;
  return notCalledWrong(
    j,
    'a move "more than" a size on the day of writing may have held at some hour before the close.',
  );
}
