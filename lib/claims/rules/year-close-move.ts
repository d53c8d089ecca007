import type { ClaimContext } from '../types';
import { lastWeekdayOnOrBefore } from '../dates';

/**
 * year-close-move. The period is read off another clause's close, so a gap is a question (judge/year-close-gap.ts).
 * Example: "The dollar index closed the year at 98.28, a 9.4% fall, while the euro's ECB reference
 * rate rose 13.1% to $1.1750": a move dated by "closed the year" is the year's, from the last session of the year
 * before, not the move of the year's last session (whose level the phrase dates).
 */
/** "closed the year", "ended 2025", "finished the year": a close's phrase (not "than on the last day of 2025"). */
export const YEAR_CLOSE_LABEL_RE = /\b(?:clos|end|finish)\w*[\s\u00a0]+(?:the[\s\u00a0]+year|(?:19|20)\d\d)\b/i;

export function yearCloseMove(ctx: ClaimContext): void {
  const p = ctx.period;
  if (ctx.kind !== 'change' || p?.type !== 'span' || !p.lastSession) return;
  // Only a year's close ("closed the year", "ended 2025"), not a quarter's or a month's.
  if (p.to.slice(5, 7) !== '12' || !YEAR_CLOSE_LABEL_RE.test(p.label)) return;
  const year = Number(p.to.slice(0, 4));
  ctx.period = { type: 'span', from: lastWeekdayOnOrBefore(`${year - 1}-12-31`), to: p.to, label: p.label };
}
