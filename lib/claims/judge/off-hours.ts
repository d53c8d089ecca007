import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/**
 * off-hours. Example: "crude changed hands above $90 in Sunday's off-hours trading, a gain of 9% from late last
 * week": a price or move quoted outside the session (off-hours, after-hours, pre-market) runs to an hour the
 * stored closes do not hold. A gap on the article's day is a question, not red.
 */
export const OFF_HOURS_RE =
  /\b(?:off-hours|after-hours|out-of-hours|pre-?market|extended[\s\u00a0]+hours)[\s\u00a0]+(?:trading|trade|session|dealings|deals)\b/i;

export function offHours(input: JudgeInput, j: Judgement): Judgement {
  if (!input.offHours || j.verdict !== 'differs') return j;
  const p = input.period;
  const end = !p ? input.published : p.type === 'span' ? p.to : p.type === 'point' ? p.period : null;
  if (end !== input.published) return j;
  return notCalledWrong(
    j,
    'the figure was quoted in trading outside the session, which the stored closes do not hold.',
  );
}
