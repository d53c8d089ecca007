import type { Judgement } from '../types';
import type { JudgeInput } from './input';

/**
 * Indicators whose bundled daily series is a spot price (EIA's Cushing WTI and Europe Brent spot),
 * while news quotes the front-month futures settlement: the two differ by up to a few dollars.
 */
const SPOT_PRICE_SERIES: ReadonlySet<string> = new Set(['cmd.wti_usd', 'cmd.brent_usd']);

/**
 * Rule spot-not-futures: "front-month WTI changed hands at $72.40" against a spot close of $74.62.
 * The reference is another instrument than the one quoted, so a gap on a level is "check", not red.
 */
export function spotNotFutures(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure !== 'level' || !SPOT_PRICE_SERIES.has(input.indicator.id)) return j;
  return {
    ...j,
    verdict: 'check',
    explanation: `${j.explanation} Not called wrong: the stored figure is the spot price, and news usually quotes the futures settlement.`,
  };
}
