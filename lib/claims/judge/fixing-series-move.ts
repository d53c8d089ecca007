import { isSessionSpan } from '../dates';
import type { Judgement } from '../types';
import { notCalledWrong } from './explain';
import { NY_NOON_SERIES } from './fixing';
import type { JudgeInput } from './input';

/** Daily FX series stored as one fixing a day: the New York noon rates, and the ECB's reference rate for EUR/USD. */
const FIXING_SERIES: ReadonlySet<string> = new Set([...NY_NOON_SERIES, 'fx.eurusd']);

/** How far, in percentage points, a market day's move may stand from the move between two fixings. */
const FIXING_MOVE_GAP = 0.3;

/**
 * fixing-series-move: "the euro ended the session down 0.1% on Friday" against a fall of 0.22% between
 * two ECB reference rates: a market's day runs close to close, the stored series fixing to fixing,
 * hours apart. Of the same sign and within a few tenths it is "check", not red.
 */
export function fixingSeriesMove(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure !== 'pctChange' || !j.reference) return j;
  if (!FIXING_SERIES.has(input.indicator.id)) return j;
  const p = input.period;
  if (p && !(p.type === 'span' && isSessionSpan(p))) return j;
  const ref = j.reference.value;
  if (Math.sign(ref) !== Math.sign(input.value)) return j;
  // Up to twice the fixings' move ("the single currency added 0.7%" against +0.35% between two reference rates): hours
  // apart, a day's move can double. The figure's own rounding counts too: "about 0.2%" may be 0.25%.
  if (Math.abs(input.value - ref) > Math.max(FIXING_MOVE_GAP, Math.abs(ref)) + input.halfStep) return j;
  return notCalledWrong(
    j,
    'the stored rates are one fixing a day; a market day runs from close to close, hours apart.',
  );
}
