import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/**
 * approx-round-move. Example: "The benchmark yield dropped nearly 20 basis points on Friday" against a
 * stored fall of 14: "nearly" before a round move says its size only roughly (and may count an intraday
 * swing), so a stored move of the same sign within this share of it is a question, not an error.
 */
const APPROX_BEFORE_RE = /\b(?:nearly|almost|about|around|roughly|approximately|some|close[\s\u00a0]+to)[\s\u00a0]+$/i;
const ROUND_SHARE = 0.35;

/** Whether a move is said roughly: an approximating word right before a whole figure ending in 0 or 5. */
export function approximateRound(lead: string, value: number, precision: number): boolean {
  const v = Math.abs(value);
  return precision === 1 && Number.isInteger(v) && v % 5 === 0 && v > 0 && APPROX_BEFORE_RE.test(lead.slice(-24));
}

export function approxRoundMove(input: JudgeInput, j: Judgement): Judgement {
  if (!input.approxRound || j.verdict !== 'differs' || !j.reference) return j;
  const stated = input.value;
  const stored = j.reference.value;
  if (stated === 0 || Math.sign(stated) !== Math.sign(stored)) return j;
  if (Math.abs(stored - stated) > ROUND_SHARE * Math.abs(stated)) return j;
  return notCalledWrong(j, 'the move is said roughly ("nearly", "about" a round figure).');
}
