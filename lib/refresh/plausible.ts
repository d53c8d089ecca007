import type { Unit } from '../dataset/schema';
import { RefreshError } from './fetch';

/**
 * The widest range a figure in each unit can take before it is a broken feed rather than news,
 * e.g. a 10-year yield of 4600 (basis points sent where percent was expected) or the yen at 1.5.
 * Bounds are generous on purpose: they catch unit and decimal slips, not surprising markets.
 */
const BOUNDS: Record<Unit, [number, number]> = {
  percent: [-30, 100],
  points: [0.01, 1_000_000],
  USD: [0.01, 100e12],
  'JPY per USD': [50, 500],
  'USD per EUR': [0.4, 2.5],
  'USD per GBP': [0.5, 3.5],
  'CNY per USD': [3, 15],
  'CAD per USD': [0.7, 3],
  'KRW per USD': [500, 3000],
  'USD per troy ounce': [100, 100_000],
  'USD per barrel': [-50, 500],
  /** Monthly payroll changes: 2020's worst month was about -20 million. */
  jobs: [-30e6, 30e6],
};

/** Interest rates and yields (policy rates, bond yields, unemployment): 99.75% is a broken feed. */
const RATE_ID = /(?:_rate|_yield|_target_upper|lpr_1y)$/;
const RATE_BOUNDS: [number, number] = [-5, 40];

// p2
/**
 * Stock index levels, per index: wide enough for any market of this decade, narrow enough that a
 * tenfold slip (a decimal point lost, KOSPI 48,407 for 4,840.74) is refused.
 */
const INDEX_BOUNDS: Record<string, [number, number]> = {
  'idx.hang_seng': [5_000, 100_000],
  'idx.kospi': [1_000, 20_000],
  'idx.shanghai_composite': [1_000, 20_000],
  // stoxx
  'idx.stoxx50': [500, 50_000],
  'idx.dax': [500, 200_000],
  // euronext
  'idx.cac40': [500, 80_000],
  // v1
  'idx.topix': [300, 30_000],
};
// lbma, fomc-goals, boj-target
/** Indicators whose unit range does not fit: silver trades far below gold's ounce range ($74, not $7,400). */
const INDICATOR_BOUNDS: Record<string, [number, number]> = {
  'cmd.silver_usd': [1, 2000],
  // v1
  /** China's quarterly growth ran from -6.8% (2020 Q1) to 18.3% (2021 Q1); 50% is a misread cell. */
  'cn.gdp_growth_yoy': [-20, 30],
};
/** A central bank's inflation target of 20% is a misread page, not a policy. */
const INFLATION_TARGET_ID = /_inflation_target$/;
const INFLATION_TARGET_BOUNDS: [number, number] = [0, 10];

/** Throws a readable error when `value` cannot be a real figure in `unit`. */
export function assertPlausible(who: string, indicator: string, unit: Unit, value: number, period: string): void {
  const [lo, hi] =
    INDEX_BOUNDS[indicator] ??
    INDICATOR_BOUNDS[indicator] ??
    (unit === 'percent' && INFLATION_TARGET_ID.test(indicator)
      ? INFLATION_TARGET_BOUNDS
      : unit === 'percent' && RATE_ID.test(indicator)
        ? RATE_BOUNDS
        : BOUNDS[unit]);
  if (!Number.isFinite(value) || value < lo || value > hi) {
    throw new RefreshError(`${who}: ${indicator} ${period} = ${value} is outside the possible range for ${unit}`);
  }
}
