import type { Indicator } from '../../dataset/schema';

/**
 * Example: "consumer prices rising by 0.4% in August" in a U.S. story is the month's change; the
 * catalogue holds the year-over-year rate (2.9%), so the figure is not judged against it.
 *
 * U.S. releases lead with the monthly change (BLS for the CPI, BEA for PCE prices); a move this small
 * with no year-over-year words is that change. Countries whose headline is the annual rate (China,
 * the euro area, Japan) are left alone.
 */
const LEADS_WITH_MONTHLY = /^us\.(?:cpi|core_cpi|pce|core_pce)_yoy$/;
/** Largest size (points) read as a month's change of U.S. prices: monthly moves above 1% are rare. */
const MONTHLY_MOVE_MAX = 1;

/**
 * Also the month before's change it is compared with: "rose by 0.4% in December, up from 0.3% in
 * November". U.S. annual rates of these measures have stood well above 1% since 2021.
 */
export function isUnstatedMonthlyMove(ind: Indicator, value: number): boolean {
  return LEADS_WITH_MONTHLY.test(ind.id) && Math.abs(value) <= MONTHLY_MOVE_MAX;
}
