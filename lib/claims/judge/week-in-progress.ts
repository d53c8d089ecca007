import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/**
 * week-in-progress. Example: "Over the course of the week — set to conclude with Friday's close — the euro is up
 * approximately 0.95% against the dollar, on track to post its first weekly gain in three weeks": written before
 * the week's last close, the move runs to an hour the stored closes do not hold. A gap is a question, not red.
 */
export const IN_PROGRESS_RE =
  /\b(?:on[\s\u00a0]+track|on[\s\u00a0]+course|set|poised|headed|heading)[\s\u00a0]+(?:to[\s\u00a0]+(?:post|log|record|notch|end|finish|close|conclude)|for)\b[^.;!?]{0,40}\b(?:week|weekly|month|monthly|quarter|quarterly|close)\b/i;

export function weekInProgress(input: JudgeInput, j: Judgement): Judgement {
  const p = input.period;
  if (!input.inProgress || j.verdict !== 'differs' || input.measure === 'level') return j;
  if (p?.type !== 'span' || p.to !== input.published) return j;
  return notCalledWrong(j, 'the period was still under way when the article was written.');
}
