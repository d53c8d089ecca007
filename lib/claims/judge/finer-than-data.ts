import type { Judgement } from '../types';
import type { JudgeInput } from './input';

/** Yields are stored to two decimals (H.15, the Bundesbank's curve): a move is known to a basis point. */
const YIELD_DATA_STEP = 0.01;
/** jgb-three-decimals: the Finance Ministry's JGB yields have three ("0.967% to 0.972%"): a move to a tenth of a point. */
const DATA_STEP_OF: ReadonlyMap<string, number> = new Map([['jp.jgb_10y_yield', 0.001]]);

/**
 * finer-than-data. Example: "the 10-year yield added 0.40 basis points" against stored closes of 4.26%,
 * "after 4.111% the previous day" against a stored 4.11%
 * both days: a move finer than the stored figures' last digit agrees with any stored move within one
 * step (each end rounds by half a step), so the gap is the data's rounding, not the claim's error.
 */
export function finerThanData(input: JudgeInput, j: Judgement): Judgement {
  if (input.indicator.kind !== 'yield' || input.measure === 'pctChange') return j;
  if ((j.verdict !== 'differs' && j.verdict !== 'close' && j.verdict !== 'check') || !j.reference) return j;
  const step = DATA_STEP_OF.get(input.indicator.id) ?? YIELD_DATA_STEP;
  if (2 * input.halfStep >= step) return j;
  // A level rounds once (half a step); a move between two rounded levels by up to a whole step.
  const slack = input.measure === 'level' ? step / 2 : step;
  if (Math.abs(input.value - j.reference.value) > slack + 1e-9) return j;
  // Only a level the judge compared on its stated day, not one it placed between two closes.
  if (input.measure === 'level' && !input.period) return j;
  return {
    ...j,
    verdict: 'matches',
    explanation: `${j.explanation} The stored yields have ${step < YIELD_DATA_STEP ? 'three' : 'two'} decimals, so a move this fine agrees within their rounding.`,
  };
}
