/**
 * Rule annual-revision: "Unemployment stood at 4.4% in May" (June 2026) against a stored 4.3 for May
 * from a copy whose last month is July 2026. The household survey's rate is revised only once a year,
 * with January's figures (BLS revises five years of seasonally adjusted data then), so a copy that
 * holds no January after the claim's year holds the figure as first published: a gap is an error.
 */
import { neverRevised } from './never-revised';

const REVISED_WITH_JANUARY: ReadonlySet<string> = new Set(['us.unemployment_rate']);

/** Whether the stored figure for `period` (YYYY-MM) is its first print, the copy ending at `lastStored`. */
export function storedIsFirstPrint(id: string, period: string, lastStored: string): boolean {
  if (neverRevised(id)) return true;
  if (!REVISED_WITH_JANUARY.has(id) || !/^\d{4}-\d{2}$/.test(period)) return false;
  return lastStored < `${Number(period.slice(0, 4)) + 1}-01`;
}
