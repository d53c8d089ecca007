import { addDays, toDay } from '../dates';
import type { DatasetView } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { nearMiss } from './tolerances';

/** A session-length span: a weekend's Friday-to-Monday counts as one market day. */
export const DAY_SPAN_DAYS = 3;

/**
 * crypto-rolling-day: "Bitcoin fell 1.6% on the day" against a stored close-to-close fall of 1.38%:
 * a coin's "day" is most often a rolling 24 hours read at any hour, so a near miss of the same
 * sign is "check"; a move of quite another size stays red.
 * straddled-day: "Bitcoin slides 2.1%" on a day whose stored move is 0.1% but whose day before fell 1.4%:
 * 24 hours read in the morning are mostly the stored day before, so a near miss of that one is "check" too.
 */
export function cryptoRollingDay(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (input.indicator.kind !== 'crypto' || input.measure === 'level' || j.verdict !== 'differs' || !j.reference)
    return j;
  const p = input.period;
  if (p && (p.type !== 'span' || toDay(p.to) - toDay(p.from) > DAY_SPAN_DAYS)) return j;
  const ref = j.reference.value;
  if (Math.sign(ref) === Math.sign(input.value) && nearMiss(input.value, ref))
    return notCalledWrong(j, "a coin's day is often a rolling 24 hours, read at another hour than the stored price.");
  if (input.measure !== 'pctChange') return j;
  const id = input.indicator.id;
  const end = p?.type === 'span' ? p.to : input.published;
  const a = view.pointOnOrBefore(id, addDays(end, -2), 0);
  const b = view.pointOnOrBefore(id, addDays(end, -1), 0);
  if (!a || !b || a.value <= 0 || a.date === b.date) return j;
  const before = 100 * (b.value / a.value - 1);
  if (Math.sign(before) !== Math.sign(input.value) || !nearMiss(input.value, before)) return j;
  return notCalledWrong(
    j,
    `a coin's 24 hours may straddle the stored day before, which moved ${before.toFixed(1)}% to ${b.date}.`,
  );
}
