import { addDays, toDay } from '../dates';
import { DAY_SPAN_DAYS } from './crypto-rolling-day';
import type { DatasetView } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { nearMiss } from './tolerances';

/** How many stored days back a coin's "day" may reach: from a low or high the day's price does not show. */
const SWING_DAYS = [2, 3];
/** How far past the stored day's move (in percentage points, same sign) a coin's 24-hour move may run. */
const SWING_POINTS = 1.5;

/**
 * crypto-swing-day: "bitcoin rallied 4.9% on the day to $63,150" after a Fed cut, with the stored price up 0.4% on
 * the day but 4.8% from three days before: a coin's 24 hours run from an intraday low or high the daily
 * prices skip, so a move of the same sign near the stored move to the day from two or three days before
 * is "check"; one that agrees with none stays red.
 */
export function cryptoSwingDay(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (input.indicator.kind !== 'crypto' || input.measure !== 'pctChange' || j.verdict !== 'differs') return j;
  const p = input.period;
  if (p?.type !== 'span') return j;
  const id = input.indicator.id;
  const end = view.pointOnOrBefore(id, p.to, 0);
  if (!end || toDay(p.to) - toDay(p.from) > DAY_SPAN_DAYS) return j;
  // swing-points: "bitcoin shed 2.5% on the day to $87,700" against a stored fall of 1.4%: a 24-hour
  // window from an intraday high or low runs up to this many points past the stored day's move, same sign.
  const ref = j.reference?.value;
  if (
    ref !== undefined &&
    Math.sign(ref) === Math.sign(input.value) &&
    Math.abs(input.value) > Math.abs(ref) &&
    Math.abs(input.value - ref) <= SWING_POINTS
  )
    return notCalledWrong(j, `a coin's 24 hours may start from an intraday high or low the daily prices skip.`);
  for (const back of SWING_DAYS) {
    const start = view.pointOnOrBefore(id, addDays(end.date, -back), 0);
    if (!start || start.value <= 0) continue;
    const move = 100 * (end.value / start.value - 1);
    if (Math.sign(move) === Math.sign(input.value) && nearMiss(input.value, move))
      return notCalledWrong(
        j,
        `a coin's day may start from an intraday low or high; the stored price moved ${move.toFixed(1)}% from ${start.date} to ${end.date}.`,
      );
  }
  return j;
}
