import { toDay } from '../dates';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { nearMiss } from './tolerances';

/** A session-length span: a weekend's Friday-to-Monday counts as one market day. */
const DAY_SPAN_DAYS = 3;

/**
 * crypto-rolling-day: "Bitcoin fell 1.6% on the day" against a stored close-to-close fall of 1.38%:
 * a coin's "day" is most often a rolling 24 hours read at any hour, so a near miss of the same
 * sign is "check"; a move of quite another size stays red.
 */
export function cryptoRollingDay(input: JudgeInput, j: Judgement): Judgement {
  if (input.indicator.kind !== 'crypto' || input.measure === 'level' || j.verdict !== 'differs' || !j.reference)
    return j;
  const p = input.period;
  if (p && (p.type !== 'span' || toDay(p.to) - toDay(p.from) > DAY_SPAN_DAYS)) return j;
  const ref = j.reference.value;
  if (Math.sign(ref) !== Math.sign(input.value) || !nearMiss(input.value, ref)) return j;
  return notCalledWrong(j, "a coin's day is often a rolling 24 hours, read at another hour than the stored price.");
}
