import { FORECAST_NOUNS } from '../lexicon/forecast-nouns';

/**
 * Example: "a clear beat against the 138,000 consensus": the figure is what economists expected, not
 * the release. A figure right followed by a forecast noun ("forecast", "estimate", "consensus") names
 * that expectation.
 */
const FORECAST_NOUN_AFTER_RE = new RegExp(
  String.raw`^(?:[\s\u00a0]+(?:median|market|analyst|economist|poll|survey|street|wall[\s\u00a0]+street|bloomberg|reuters))?[\s\u00a0]+(?:${FORECAST_NOUNS})\b`,
  'i',
);

/** Whether the words right after a figure make it a forecast of it. */
export function isForecastNounAfter(after: string): boolean {
  return FORECAST_NOUN_AFTER_RE.test(after.slice(0, 40));
}
