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

/** named-forecast: "better than the 200,000 Dow Jones forecast": a poll's name (capitalised) between figure and noun. */
const NAMED_FORECAST_AFTER_RE = new RegExp(
  String.raw`^[\s\u00a0]+(?:[A-Z][\w&.'’-]*[\s\u00a0]+){1,2}(?:${FORECAST_NOUNS})\b`,
);

/** median-of-poll: "double the 0.3% median in Harwick's panel of 15 economists": the middle of a poll's answers. */
const MEDIAN_OF_POLL_AFTER_RE =
  /^[\s\u00a0]+median[\s\u00a0]+(?:in|of|from|among)\b[^.;!?]{0,50}?\b(?:panel|poll|survey|economists|analysts|forecasters)\b/i;

/** is-a-call: "Gold at $5,000 is no longer a fringe call": the level is someone's call on where a market goes. */
const IS_A_CALL_AFTER_RE =
  /^[\s\u00a0]+is[\s\u00a0]+(?:no[\s\u00a0]+longer[\s\u00a0]+|now[\s\u00a0]+|still[\s\u00a0]+)?(?:a|an|the)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+){0,2}(?:call|target|forecast|prediction|scenario|bet)\b/i;

/** Whether the words right after a figure make it a forecast of it. */
export function isForecastNounAfter(after: string): boolean {
  const head = after.slice(0, 40);
  return (
    FORECAST_NOUN_AFTER_RE.test(head) ||
    NAMED_FORECAST_AFTER_RE.test(head) ||
    MEDIAN_OF_POLL_AFTER_RE.test(after.slice(0, 80)) ||
    EXPECTED_AFTER_RE.test(head) ||
    BASE_CASE_AFTER_RE.test(after.slice(0, 70)) ||
    IS_A_CALL_AFTER_RE.test(after.slice(0, 70)) ||
    EXPECTED_BY_AFTER_RE.test(after.slice(0, 70)) ||
    NOUN_EXPECTED_AFTER_RE.test(head) ||
    (EXPECTED_WORD_RE.test(after.slice(0, 90)) &&
      (THAT_EXPECTED_AFTER_RE.test(after.slice(0, 90)) ||
        THAT_HAD_EXPECTED_AFTER_RE.test(after.slice(0, 90)) ||
        POLL_EXPECTED_AFTER_RE.test(after.slice(0, 90))))
  );
}

/**
 * that-expected: "a tenth below the 3.0% that economists had expected", "the 0.3% analysts forecast",
 * "under the 4.2% most economists had penciled in":
 * a figure whose relative clause says someone expected it.
 */
const EXPECTED_WORD_RE = /ected|forecast|predicted|pencil|pegged/;
// "the 95,000 gain economists polled by Brackwater Research had pencilled in": a move noun and a poll's
// name (or when it was taken: "polled before the release") may stand between the figure and who expected it.
const THAT_EXPECTED_AFTER_RE =
  /^[\s\u00a0]+(?:(?:gain|rise|increase|drop|decline|fall|reading|print|figure|pace)[\s\u00a0]+)?(?:that[\s\u00a0]+|which[\s\u00a0]+)?(?:(?:most|many|some)[\s\u00a0]+)?(?:economists|analysts|forecasters|markets|traders|investors|strategists|the[\s\u00a0]+consensus|the[\s\u00a0]+market)(?:[\s\u00a0]+(?:polled|surveyed)(?:[\s\u00a0]+by(?:[\s\u00a0]+[A-Z][\w&.'’-]*){1,3}|[\s\u00a0]+(?:before|ahead[\s\u00a0]+of)[\s\u00a0]+the[\s\u00a0]+(?:release|report|data)))?[\s\u00a0]+(?:had[\s\u00a0]+|have[\s\u00a0]+)?(?:expected|forecast|predicted|anticipated|projected|penciled[\s\u00a0]+in|pencilled[\s\u00a0]+in|pegged)\b/;

/**
 * that-had-expected: "better than the 45,000 that a Larchmont survey of forecasters had expected": a relative
 * clause whose verb, in the past perfect, says someone expected the figure, whoever its subject.
 */
const THAT_HAD_EXPECTED_AFTER_RE =
  /^[\s\u00a0]+(?:that|which)[\s\u00a0]+[^.;:,!?]{0,60}?\b(?:had|have)[\s\u00a0]+(?:expected|forecast|predicted|anticipated|projected|penciled[\s\u00a0]+in|pencilled[\s\u00a0]+in|pegged)\b/;

/**
 * poll-expected: "well short of the 110,000 our desk poll had expected", "above the 50,000 our survey of desks
 * expected": a poll or survey named as the one that expected the figure.
 */
const POLL_EXPECTED_AFTER_RE =
  /^[\s\u00a0]+(?:that[\s\u00a0]+|which[\s\u00a0]+)?(?:our|the|a|their|its)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,2}?(?:poll|survey|panel|consensus)(?:[\s\u00a0]+of[\s\u00a0]+[\w'’-]+)?[\s\u00a0]+(?:had[\s\u00a0]+|has[\s\u00a0]+|have[\s\u00a0]+)?(?:expected|forecast|predicted|anticipated|projected|penciled[\s\u00a0]+in|pencilled[\s\u00a0]+in|pegged)\b/i;

/**
 * expected-after: "Unemployment rate: 4.0% versus 4.1% expected", "+0.5% vs +0.3% f'cast": a figure
 * followed by "expected" (and no verb of its own) is the forecast it was compared with.
 */
const EXPECTED_AFTER_RE =
  /^[\s\u00a0]+(?:expected|exp\.?|f'?cast|fcst|est\.?)(?=[\s\u00a0]*(?:$|[,;.)]|and\b|or\b|vs\b|versus\b))/i;

/**
 * expected-by: "a touch below the 160,000 penciled in by economists", "the 0.3% expected by analysts": a
 * figure followed by a passive expectation and who held it is that expectation.
 */
const EXPECTED_BY_AFTER_RE =
  /^[\s\u00a0]+(?:(?:gain|rise|increase|drop|decline|fall|reading|print|figure|pace)[\s\u00a0]+)?(?:expected|forecast|predicted|anticipated|projected|penciled[\s\u00a0]+in|pencilled[\s\u00a0]+in|pegged)[\s\u00a0]+by[\s\u00a0]+(?:(?:most|many|some)[\s\u00a0]+)?(?:economists|analysts|forecasters|markets|traders|investors|strategists|the[\s\u00a0]+(?:consensus|market|street))\b/;

/**
 * noun-expected: "the 60,000 new positions expected never came", "against the 50,000 private hires expected":
 * a figure, its count nouns, then "expected" with no verb between is the expectation, not the release.
 */
const NOUN_EXPECTED_AFTER_RE =
  /^[\s\u00a0]+(?:(?:new|private|nonfarm|jobs?|hires|positions|additions|payrolls|increase|gain|rise|drop|decline|fall|reading|print)[\s\u00a0]+){1,3}(?:expected|forecast|anticipated|projected)\b/i;

/**
 * base-case: "puts the odds of a hike at 58%, with a 1.0% policy rate as its base case": a figure a few words
 * before "as its base case" (or "central scenario") is a forecaster's scenario, not a figure in force.
 */
const BASE_CASE_AFTER_RE =
  /^[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,3}?(?:as|is|in)[\s\u00a0]+(?:its|the|our|their|a)[\s\u00a0]+(?:base|baseline|central)[\s\u00a0-]+(?:case|scenario)\b/i;
