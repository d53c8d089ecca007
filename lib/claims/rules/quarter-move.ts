import type { Indicator } from '../../dataset/schema';

/**
 * quarter-move. Example: "Chinese output expanded 1.3% in the last three months of the year" with no year-on-year
 * words is the change on the quarter before; the catalogue holds China's annual rate (4.5% for that
 * quarter), so the figure is not judged against it.
 *
 * China's statistics bureau gives both rates the same morning, and stories quote either; the annual
 * rate it reports has not come near 2% outside the pandemic years, the quarterly one seldom above it.
 */
const ANNUAL_ONLY_GDP = /^cn\.gdp_growth_yoy$/;
/** Largest size (points) read as a quarter's change of China's output. */
const QUARTER_MOVE_MAX = 2;

export function isUnstatedQuarterMove(ind: Indicator, value: number): boolean {
  return ANNUAL_ONLY_GDP.test(ind.id) && Math.abs(value) <= QUARTER_MOVE_MAX;
}
