import type { ClaimPeriod } from '../types';
import { isSessionSpan } from '../dates';

/**
 * now-distance. Example: "On September 18, 2024, when the Fed began cutting, the 10-year stood at 3.70%, so it is now
 * 69 basis points higher": "now ... higher" measures from the day the sentence named to the article, not over that day.
 */
const NOW_BEFORE_RE =
  /\b(?:is|are|stands|sits|trades|was)[\s\u00a0]+now[\s\u00a0]+(?:some[\s\u00a0]+|about[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+)?$/i;
const COMPARATIVE_AFTER_RE =
  /^[\s\u00a0]*(?:%|percent|per[\s\u00a0]+cent|points?|basis[\s\u00a0]+points|bps?)?[\s\u00a0]*(?:higher|lower|above|below)\b/i;

/** The span from the named day to the article, when the words around a move make it a distance to now; else null. */
export function nowDistance(
  period: ClaimPeriod | null,
  before: string,
  after: string,
  published: string,
): ClaimPeriod | null {
  if (period?.type !== 'span' || !isSessionSpan(period)) return null;
  if (period.to >= published || !NOW_BEFORE_RE.test(before) || !COMPARATIVE_AFTER_RE.test(after)) return null;
  return { type: 'span', from: period.to, to: published, label: `since ${period.label}` };
}
