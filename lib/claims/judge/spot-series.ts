import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { nearMiss } from './tolerances';

/**
 * Indicators whose bundled daily series is a spot price (EIA's Cushing WTI and Europe Brent spot),
 * while news quotes the front-month futures settlement: the two differ by up to a few dollars.
 */
export const SPOT_PRICE_SERIES: ReadonlySet<string> = new Set(['cmd.wti_usd', 'cmd.brent_usd']);

/**
 * Rule spot-not-futures: "front-month WTI changed hands at $72.40" against a spot close of $74.62.
 * The reference is another instrument than the one quoted, so a gap on a level is "check", not red.
 * (A futures quote stored for that day is found first by same-day-fact.)
 */
export function spotNotFutures(input: JudgeInput, j: Judgement): Judgement {
  if (!SPOT_PRICE_SERIES.has(input.indicator.id)) return j;
  if (input.measure !== 'level') return spotMove(input, j);
  if (j.verdict !== 'differs') return j;
  return notCalledWrong(j, 'the stored figure is the spot price, and news usually quotes the futures settlement.');
}

/**
 * Rule spot-move: "WTI settled 3.7 percent higher on the week" against a spot gain of 3.2%: the
 * futures contract and the spot price move apart by a little, so a near miss is "check"; a move of
 * quite another size stays red.
 */
function spotMove(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || !j.reference || !nearMiss(input.value, j.reference.value)) return j;
  return notCalledWrong(j, "the stored move is the spot price's, and news usually quotes the futures contract's.");
}
