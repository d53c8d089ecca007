// Example: "The Fed cut rates by a quarter point": a move told in words, with no digit.
// Its own file so the page's cheap prefilter (prefilter.ts) does not carry the number reader.

const WORDED_POINTS_CUE = /\b(?:quarters?|half)[ \u00a0-]/i;
const WORDED_POINTS_LITERAL = /uarter|alf|UARTER|ALF/;

/** Whether text may hold a move told in words; a plain substring search first, as most text has none. */
export function mayHaveWordedPoints(text: string): boolean {
  return WORDED_POINTS_LITERAL.test(text) && WORDED_POINTS_CUE.test(text);
}
