import type { DatasetView } from '../dataset-view';
import { indicatorClass } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { compare, moveBetween } from './compare';
import { notCalledWrong, num } from './explain';
import { toDay } from '../dates';

/** Only short windows ("the past three sessions", "this week"): a year to date is not shifted. */
const SHORT_WINDOW_DAYS = 10;

/**
 * window-a-session-early. Example: "investors took profits after the benchmark's sharp rally of more than 3,200
 * points over the past three sessions", written on a day it fell: the window may end at the session before the
 * article's. Measured over as many sessions ending a session earlier, a move that agrees is a question, not red.
 */
export function windowASessionEarly(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  const p = input.period;
  if (j.verdict !== 'differs' || input.measure === 'level' || p?.type !== 'span' || p.to !== input.published) return j;
  if (indicatorClass(input.indicator) !== 'market' || toDay(p.to) - toDay(p.from) > SHORT_WINDOW_DAYS) return j;
  const id = input.indicator.id;
  const pts = view.daily(id);
  const end = pts.findIndex((pt) => pt.date === p.to);
  const start = view.pointOnOrBefore(id, p.from);
  if (end < 1 || !start) return j;
  const s = pts.indexOf(start);
  if (s < 1) return j;
  const from = pts[s - 1]!;
  const to = pts[end - 1]!;
  const move = moveBetween(input.measure, from.value, to.value);
  // A near miss counts too ("nearly 1,500 points" against 1,497.10): the rule only asks a question. Not where the
  // window the claim names moved the other way: "eked out a 0.11% gain" in a week that fell 0.11% is a slip.
  const verdict = compare(input, move);
  if (verdict === 'differs' || (verdict === 'close' && Math.sign(j.reference?.value ?? 0) !== Math.sign(input.value)))
    return j;
  return notCalledWrong(
    j,
    `from ${from.date} to ${to.date}, as many sessions ending the one before the article: ${num(move)}.`,
  );
}
