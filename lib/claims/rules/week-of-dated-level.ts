import type { ClaimContext, ClaimPeriod } from '../types';
import { weekUpTo } from '../periods';
import { addDays } from '../dates';

/**
 * week-of-dated-level. Example: "It closed Sunday at $3,364.84, up 9.4% on the week" (written on Monday): the week
 * is the one that ended on the day the level before it was dated, not the week the article opens.
 */
const APPOSED_MOVE_RE =
  /^[\s\u00a0]*,[\s\u00a0]*(?:up|down|higher|lower|a[\s\u00a0]+(?:gain|rise|drop|fall|loss)[\s\u00a0]+of)[\s\u00a0]*$/i;
const WEEK_WORD_RE = /\bweek\b/i;
/** The dated level must fall in the seven days before the article. */
const WEEK_DAYS = 7;

/** The week the dated level before closes, or null when the move is not set beside such a level. */
export function weekOfDatedLevel(
  ctx: ClaimContext,
  before: ClaimContext | null,
  between: string,
  published: string,
): ClaimPeriod | null {
  const own = ctx.period;
  const lead = before?.period;
  if (ctx.kind !== 'change' || own?.type !== 'span' || own.to !== published || !WEEK_WORD_RE.test(own.label))
    return null;
  if (
    before?.kind !== 'level' ||
    lead?.type !== 'span' ||
    lead.to >= published ||
    lead.to < addDays(published, -WEEK_DAYS)
  )
    return null;
  return APPOSED_MOVE_RE.test(between) ? weekUpTo(lead.to, own.label) : null;
}
