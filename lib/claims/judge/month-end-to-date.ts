import type { DatasetView } from '../dataset-view';
import { indicatorClass } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { moveBetween } from './compare';
import { addDays, isSessionSpan } from '../dates';

/** How many days into a month a review of the month before still counts "year to date" to that month's end. */
const MONTH_REVIEW_DAYS = 7;

/**
 * month-end-to-date. Example: a fund's October review, published November 4, says "the S&P 500 remains up 19.6% year
 * to date": 19.6% is the year to October 31 (19.8% to November 1). Early in a month, a move "to date" that fits the
 * span to the last close of the month before is a question, not an error.
 */
export function monthEndToDate(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure === 'level') return j;
  const p = input.period;
  if (p?.type !== 'span' || isSessionSpan(p) || p.to !== input.published) return j;
  if (Number(input.published.slice(8, 10)) > MONTH_REVIEW_DAYS) return j;
  if (indicatorClass(input.indicator) !== 'market') return j;
  const id = input.indicator.id;
  const monthEnd = addDays(`${input.published.slice(0, 8)}01`, -1);
  if (p.from >= monthEnd) return j;
  const start = view.pointOnOrBefore(id, p.from);
  const end = view.pointOnOrBefore(id, monthEnd);
  if (!start || !end || !start.value || end.date <= start.date) return j;
  const move = moveBetween(input.measure, start.value, end.value);
  if (Math.sign(move) !== Math.sign(input.value) || Math.abs(move - input.value) > input.halfStep) return j;
  return notCalledWrong(
    j,
    `to the last close of the month before (${end.date}) it was ${+move.toFixed(4)}, as a review of that month would count it.`,
  );
}
