import { ytd } from '../periods';
import type { ClaimContext } from '../types';

/**
 * current-year. Example: "It has risen 3.2% in 2026", written in June 2026: a move over the year the
 * article is written in runs from the last close of the year before to the article's date.
 */
export function currentYearToDate(ctx: ClaimContext, published: string): void {
  const p = ctx.period;
  if (ctx.kind === 'change' && p?.type === 'point' && p.period === published.slice(0, 4)) ctx.period = ytd(published);
}
