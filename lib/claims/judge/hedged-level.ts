import { indicatorClass } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { TOLERANCES } from './tolerances';

/**
 * hedged-level. Example: "The index climbed from around 21,380 on March 3 to close at 21,902.40 on March 7":
 * a market level said roughly ("around", "about") and not as a close may be any price of that day, so one
 * within an intraday swing of the day's close is a question, not red. A close said roughly is a close.
 */
export const HEDGED_LEVEL_RE = /\b(?:around|about|roughly|approximately|circa)[\s\u00a0]+[$€£¥]?[\s\u00a0]*$/i;

export function hedgedLevel(input: JudgeInput, j: Judgement): Judgement {
  if (!input.hedged || input.atClose || input.measure !== 'level' || j.verdict !== 'differs' || !j.reference) return j;
  if (indicatorClass(input.indicator) !== 'market') return j;
  const ref = j.reference.value;
  if (!ref || Math.abs(input.value - ref) / Math.abs(ref) > TOLERANCES.intradayMargin) return j;
  return notCalledWrong(j, 'the level is said roughly and not as a close: any price of that day may be meant.');
}
