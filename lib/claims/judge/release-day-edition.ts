import type { FigureRef, Judgement } from '../types';
import { FORECAST_VERBS } from '../lexicon/forecast-verbs';
import { num } from './explain';

/** A preview of a release: "is forecast to show", "ahead of the report", "economists expect". */
export const PREVIEW_RE = new RegExp(
  `\\b(?:${FORECAST_VERBS}|forecast|ahead of|consensus|due out|awaits?|awaiting)\\b`,
  'i',
);

/**
 * Rule release-day-edition: "payrolls are forecast at 60,000, down from 64,000 in November" on the day the
 * next report revised November to 56,000: a preview, written before that morning's release, quotes the figure
 * then out. A claim in a sentence that previews the release (`input.preview`), differing from the release-day
 * edition but matching the edition before it, is right; in a story on the release itself it is stale.
 * `eve`: the claim judged as of the day before the article's.
 */
export function releaseDayEdition(j: Judgement, eve: Judgement, released: FigureRef): Judgement {
  if (j.verdict !== 'differs' || eve.verdict !== 'matches') return j;
  return {
    ...eve,
    revision: released,
    explanation: `${eve.explanation} The release of ${released.as_of}, the article's day, revised it to ${num(released.value)}; the article may precede it.`,
  };
}
