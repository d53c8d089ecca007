import type { NumericExpression } from '../types';

/**
 * The policy rates ever set as a band, and the bands they were: the Fed's quarter-point target range, the Bank of
 * Japan's 0%-0.1% of March to July 2024. Every other bank sets one rate.
 */
const RATE_BANDS: Readonly<Record<string, (lo: number, hi: number) => boolean>> = {
  'us.fed_funds_target_upper': () => true,
  'jp.boj_policy_rate': (lo) => lo <= 0,
};

/**
 * range-rate: "The benchmark rate sits in a 3.75%-4.00% range" on a page about Japan is no Bank of Japan rate: a
 * band of two rates is only a rate its bank set as such a band.
 */
export function rangeOnSingleRate(indicatorId: string, expr: NumericExpression): boolean {
  if (expr.range === undefined || expr.range[0] === expr.range[1]) return false;
  const band = RATE_BANDS[indicatorId];
  return !band?.(expr.range[0], expr.range[1]);
}
