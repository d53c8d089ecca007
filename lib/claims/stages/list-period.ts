import type { ClaimPeriod } from '../types';
import { periodPhrases } from '../periods';

/** A short block that only announces the period of the list under it: "For the week:", "On Tuesday:". */
const LIST_HEADING_RE =
  /^[\s\u00a0]*(?:(?:for|over|on|in)[\s\u00a0]+[^.:!?\d]{2,24}|so far this year|year[\s\u00a0-]+to[\s\u00a0-]+date)[\s\u00a0]*:[\s\u00a0]*$/i;

/**
 * list-period: "For the week:" then "The S&P 500 is up 162.89 points, or 2.5%.": a heading that
 * names only a period gives it to the figures of the blocks under it that state none; null when
 * the block is not such a heading.
 */
export function listHeadingPeriod(block: string, published: string): ClaimPeriod | null {
  if (block.length > 40 || !LIST_HEADING_RE.test(block)) return null;
  const found = periodPhrases(block, 0, block.length, published);
  return found.length === 1 ? found[0]!.period : null;
}
