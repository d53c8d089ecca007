/**
 * historical-average. Example: "the S&P 500 has averaged a 14% gain in the six months after a first cut",
 * "averaging a loss of 1.2% since 1928": an average over past episodes, not a move of any dated period.
 */
const MOVE_NOUNS = '(?:gain|return|rise|loss|drop|decline|advance|increase|fall)s?';
const AVERAGE_OF_BEFORE_RE = new RegExp(
  // Not "posting an average gain of 1,207 points": a noun phrase may be a day's own move, loosely worded.
  String.raw`\baverag(?:ed|es|ing)[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:(?:annual|yearly|monthly|annuali[sz]ed)[\s\u00a0]+)?${MOVE_NOUNS}[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$`,
  'i',
);
const AVERAGED_A_BEFORE_RE = /\baverag(?:ed|es|ing)[\s\u00a0]+(?:an?[\s\u00a0]+)?$/i;
const MOVE_NOUN_AFTER_RE = new RegExp(
  String.raw`^[\s\u00a0]+(?:(?:annual|yearly|monthly)[\s\u00a0]+)?${MOVE_NOUNS}\b`,
  'i',
);

/** long-run-average: "below its long-run average of roughly 19.5": a level averaged over years, no day's. */
const LONG_RUN_AVERAGE_RE =
  /\b(?:long[\s\u00a0-]+(?:run|term)|historical|historic|\d{1,2}-year)[\s\u00a0]+average[\s\u00a0]+(?:level[\s\u00a0]+)?(?:of|near|around)[\s\u00a0]+(?:(?:about|around|roughly|near|some)[\s\u00a0]+)?$/i;

/** Whether the words around a figure make it an average of past moves or levels. */
export function isHistoricalAverage(before: string, after: string): boolean {
  return (
    AVERAGE_OF_BEFORE_RE.test(before) ||
    (AVERAGED_A_BEFORE_RE.test(before) && MOVE_NOUN_AFTER_RE.test(after)) ||
    LONG_RUN_AVERAGE_RE.test(before)
  );
}
