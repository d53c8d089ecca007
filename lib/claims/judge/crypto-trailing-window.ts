import { addDays } from '../dates';
import type { DatasetView } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { nearMiss } from './tolerances';

/** "in the past 7 days", "over the last week": a window that ends when the story was written. */
const TRAILING_RE = /\bthe (?:past|last)\b/i;
/** How many days a coin story may have been written before the date it carries. */
const WRITING_LAG_DAYS = 2;

/**
 * crypto-trailing-window: "bitcoin is up 6% in the past 7 days" in a story dated two days after
 * it was written: a coin trades round the clock, so the window ends at the hour of writing. A move
 * that agrees, within a near miss, with the same window ending a day or two earlier is "check"; one
 * that agrees with no such window stays red.
 */
export function cryptoTrailingWindow(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (input.indicator.kind !== 'crypto' || input.measure !== 'pctChange' || j.verdict !== 'differs') return j;
  const p = input.period;
  if (p?.type !== 'span' || !TRAILING_RE.test(p.label)) return j;
  const id = input.indicator.id;
  for (let back = 1; back <= WRITING_LAG_DAYS; back++) {
    const a = view.pointOnOrBefore(id, addDays(p.from, -back), 0);
    const b = view.pointOnOrBefore(id, addDays(p.to, -back), 0);
    if (!a || !b || a.value <= 0) continue;
    const move = 100 * (b.value / a.value - 1);
    if (Math.sign(move) === Math.sign(input.value) && nearMiss(input.value, move))
      return notCalledWrong(
        j,
        `a coin's window ends at the hour of writing; the same window ending ${b.date} gives ${move.toFixed(1)}%.`,
      );
  }
  return j;
}
