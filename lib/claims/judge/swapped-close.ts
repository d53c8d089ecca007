import type { Point } from '../dataset-view';
import type { FigureRef, Judgement } from '../types';
import type { JudgeInput } from './input';
import { num, verdictOf } from './explain';
import { VOLATILITY_INDICES } from './tolerances';
import { transposedDigits } from './transposition';

/**
 * swapped-close. Example: "the DAX ended at 19,423.81" for a close of 19,432.81. An index's close is one
 * published number, so a figure that is that close with two neighbouring digits swapped is a slip of
 * it, not another source's price: red, though the gap is small enough to pass for a source's spread.
 * Only where the figure cannot be an hour's price (a past day, written after the close, or a sentence naming a
 * close, fixing, auction or settlement: swapped-once-a-day); a volatility index is quoted through the day and
 * left out. Any market series: a noon rate, an auction price or a settlement is one published number too.
 */
export function swappedClose(input: JudgeInput, close: Point, current: FigureRef | null): Judgement | null {
  if (VOLATILITY_INDICES.has(input.indicator.id)) return null;
  if (!transposedDigits(input.value, close.value, 2 * input.halfStep)) return null;
  return {
    ...verdictOf(
      'differs',
      close.ref,
      current,
      `Close on ${close.date}: ${num(close.value)}; the figure is that close with two digits swapped.`,
    ),
    settledBy: 'digits-swapped',
  };
}
