import type { Indicator } from '../../dataset/schema';
import { representableAt, roundingHalfWidth } from './rounding';
import { TOLERANCES, VOLATILITY_INDICES } from './tolerances';
import { transposedDigits } from './transposition';

export type Measure = 'level' | 'pctChange' | 'absChange' | 'ppChange';

/** The move from `from` to `to` in a figure's measure: percent for a percentage move, else the difference. */
export function moveBetween(measure: Measure, from: number, to: number): number {
  return measure === 'pctChange' ? 100 * (to / from - 1) : to - from;
}

/** Indicators that are one limit of a stated range: the fed funds target range's upper limit. */
const RANGE_LIMIT_ID = /_(?:upper|lower)$/;
export type Comparison = 'matches' | 'close' | 'differs';

export interface Compared {
  value: number;
  range?: [number, number];
  /** Half the claim's last written digit, in the value's unit. */
  halfStep: number;
  measure: Measure;
  indicator: Indicator;
  bound?: 'above' | 'below';
}

/**
 * A claim against one reference figure.
 * Rule close-is-rounding: "$1.12 trillion" for 1,125.9 billion is close (a truncated digit); "1.8%"
 * for a published 1.7% differs, since the source states the figure at the claim's own precision.
 */
export function compare(c: Compared, ref: number): Comparison {
  const eps = TOLERANCES.epsilon * Math.max(1, Math.abs(c.value), Math.abs(ref));
  const level = c.measure === 'level';
  const half = roundingHalfWidth(c.halfStep, c.indicator, level);
  // Rule bound: "above 40,000" holds for any figure past it; a move's bound is on its size, same direction.
  if (c.bound) {
    const size = level ? ref : Math.sign(ref) === Math.sign(c.value) ? Math.abs(ref) : -Infinity;
    const limit = level ? c.value : Math.abs(c.value);
    return (c.bound === 'above' ? size >= limit - half - eps : size <= limit + half + eps && size !== -Infinity)
      ? 'matches'
      : 'differs';
  }
  // Rule range-limit: "a target range of 3.75%-4.00%" against an upper limit of 3.75 is a different
  // range (the claim's own upper limit is 4.00), not a band that happens to contain the figure.
  if (c.range && !RANGE_LIMIT_ID.test(c.indicator.id)) {
    if (ref >= c.range[0] - half - eps && ref <= c.range[1] + half + eps) return 'matches';
  } else if (Math.abs(ref - c.value) <= half + eps) return 'matches';
  const gap = Math.abs(ref - c.value);
  const step = 2 * c.halfStep;
  if (!level) {
    // Computed changes carry every decimal of two closes: a same-direction, rounding-sized gap is close.
    const sameSign = Math.sign(ref) === Math.sign(c.value);
    const slack =
      c.measure === 'absChange'
        ? TOLERANCES.closeAbsChangeShare * Math.abs(ref)
        : c.measure === 'ppChange'
          ? TOLERANCES.closePpChangePoints
          : VOLATILITY_INDICES.has(c.indicator.id)
            ? Math.max(TOLERANCES.closePctChangePoints, TOLERANCES.closeVolatilityPctChangeShare * Math.abs(ref))
            : TOLERANCES.closePctChangePoints;
    const tol = Math.max(step * TOLERANCES.closeSteps, slack);
    if (transposedDigits(c.value, ref, step)) return 'differs';
    // close-is-small: a move in points or money, whose digits may be one ("nearly 1 trillion").
    const small =
      c.measure === 'ppChange'
        ? gap < TOLERANCES.doublePpChangeMinGap - eps || Math.abs(c.value) < 2 * Math.abs(ref) - eps
        : c.measure !== 'absChange' ||
          gap <= TOLERANCES.closeMaxShare * Math.max(Math.abs(c.value), Math.abs(ref)) + eps;
    return sameSign && ref !== 0 && gap <= tol + eps && small ? 'close' : 'differs';
  }
  // A source figure stated at the claim's own precision is the figure: any gap is a different figure.
  if (representableAt(ref, step)) return 'differs';
  return gap <= step * TOLERANCES.closeSteps + eps ? 'close' : 'differs';
}
