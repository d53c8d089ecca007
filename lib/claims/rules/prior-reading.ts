import type { ClaimPeriod } from '../types';
import { previousPeriod } from '../dates';

/**
 * prior-reading. Example: "euro-area inflation slowed to 1.7% in January, versus 1.9% prior": "prior" after a
 * release's figure makes it the reading before, of the period before the one the sentence names.
 */
const PRIOR_AFTER_RE = /^[\s\u00a0]*(?:prior|previously)\b/i;

/** The period of a figure followed by "prior", from the period it carried; null when it is not one. */
export function priorReading(after: string, period: ClaimPeriod | null): ClaimPeriod | null {
  if (period?.type !== 'point' || !PRIOR_AFTER_RE.test(after)) return null;
  const prev = previousPeriod(period.period);
  return prev ? { type: 'point', period: prev, label: `before ${period.label}` } : null;
}
