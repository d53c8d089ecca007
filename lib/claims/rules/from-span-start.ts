import { addDays, isSessionSpan } from '../dates';
import type { ClaimPeriod } from '../types';

/**
 * from-span-start. Example: "The two-year yield slipped 8 basis points on the week to 3.84% from 3.88%": the level a
 * move over a week (month, year) starts from is the last close before that span, not the article's day.
 *
 * `between` runs from the level the move ended at to this figure; `movePeriod` is the move's own period.
 */
const FROM_GAP_RE = /^[\s\u00a0]*,?[\s\u00a0]*from[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;

export function fromSpanStart(between: string, movePeriod: ClaimPeriod | null, published: string): ClaimPeriod | null {
  if (!FROM_GAP_RE.test(between) || movePeriod?.type !== 'span' || movePeriod.to !== published) return null;
  // A session's own span ("on Friday") starts at the close before it, which "from" already reads.
  if (isSessionSpan(movePeriod)) return null;
  return {
    type: 'span',
    from: addDays(movePeriod.from, -6),
    to: movePeriod.from,
    label: `${movePeriod.label}'s start`,
    lastSession: true,
  };
}
