import { tidy } from '../numbers';
import type { Measure } from './compare';
import type { JudgeInput } from './input';

/**
 * quote-side-move: "the yuan is 3.4% firmer against the dollar" against USD/CNY from 6.9931 to 6.7622: the yuan's
 * own move is 6.9931 / 6.7622 − 1 = +3.41%, which the claim carries with the pair's sign (−3.4); the pair's own
 * move (−3.30%) is not the same figure once moves are a few percent.
 */
function change(measure: Measure, from: number, to: number, quoteSide = false): number {
  if (measure === 'pctChange' && quoteSide) return to === 0 ? NaN : tidy((1 - from / to) * 100, 4);
  if (measure === 'pctChange') return from === 0 ? NaN : tidy(((to - from) / Math.abs(from)) * 100, 4);
  return tidy(to - from, 6);
}

/**
 * The move between two stored values in the claim's measure. Writers tell a quote currency's move either way (its
 * own, or the pair's with the sign turned): the nearer to the claim counts.
 */
export function moveFor(input: JudgeInput): (from: number, to: number) => number {
  return (from, to) => {
    const pair = change(input.measure, from, to);
    if (!input.quoteSide) return pair;
    const own = change(input.measure, from, to, true);
    return Math.abs(own - input.value) < Math.abs(pair - input.value) ? own : pair;
  };
}
