import type { Indicator } from '../../dataset/schema';
import type { DatasetView } from '../dataset-view';
import { largestSessionMove } from '../checks/implausible';

/**
 * span-end-level. Example: "the Dow ended at 42,544.22, up 12.88%" (a January review of the year): an undated level
 * followed by a move no session of its market has ever made ends a longer span, so it is some earlier close, its day
 * unsaid (judge/quote.ts past-level), not the article's day's.
 */
const MOVE_AFTER_RE =
  /^[\s\u00a0]*,?[\s\u00a0]*(?:up|down|a[\s\u00a0]+(?:gain|rise|drop|fall|loss|decline)[\s\u00a0]+of)[\s\u00a0]+(\d+(?:\.\d+)?)[\s\u00a0]*(?:%|percent|per[\s\u00a0]+cent)/i;

/** `after` is the text right after the level's figure. */
export function endsALongerSpan(view: DatasetView, indicator: Indicator, after: string): boolean {
  const m = MOVE_AFTER_RE.exec(after);
  if (!m) return false;
  const largest = largestSessionMove(view, indicator);
  return largest !== null && Number(m[1]) > largest;
}
