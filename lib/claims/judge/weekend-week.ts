import type { DatasetView } from '../dataset-view';
import { indicatorClass } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { compare, moveBetween } from './compare';
import { notCalledWrong, num } from './explain';
import { addDays, toDay, weekday } from '../dates';

/** A week's window, give or take a day: longer windows ("this month") are not re-read. */
const WEEK_DAYS = 8;

/**
 * weekend-week. Example: a Saturday recap's "Friday prices and weekly change · Bitcoin · −0.4%": the week a
 * weekend article reports ended with Friday's prices, though a coin trades on Saturday too. Measured from
 * the Friday before to the last Friday, a move that agrees is a question, not red.
 */
export function weekendWeek(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  const p = input.period;
  if (j.verdict !== 'differs' || input.measure === 'level' || p?.type !== 'span' || p.to !== input.published) return j;
  // weekday(): 5 is Saturday, 6 Sunday.
  const day = weekday(input.published);
  if (day < 5 || indicatorClass(input.indicator) !== 'market') return j;
  if (toDay(p.to) - toDay(p.from) > WEEK_DAYS) return j;
  const friday = addDays(input.published, day === 5 ? -1 : -2);
  const id = input.indicator.id;
  const to = view.pointOnOrBefore(id, friday);
  const from = view.pointOnOrBefore(id, addDays(friday, -7));
  if (!to || !from || to.date !== friday) return j;
  const move = moveBetween(input.measure, from.value, to.value);
  if (compare(input, move) !== 'matches') return j;
  return notCalledWrong(j, `the week to Friday ${to.date}, from ${from.date}: ${num(move)}.`);
}
