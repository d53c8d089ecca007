import { isPastMoveVerb } from '../lexicon/move-verbs';

/**
 * Example: "The S&P 500 climbed 2.3% for the month, the Dow rose 2.5% and the Nasdaq added 4.7%": like
 * clauses, each a name and a move verb with no period of its own, share the period the first one
 * states.
 *
 * `gap` runs from the end of the previous figure (which has a period) to this figure: its period
 * phrase, then ", the Dow rose " or " and the Nasdaq added ".
 */
// tenor-parallel: "the 10-year yield climbed 13 basis points on the week, and the two-year rose 5 basis points": a
// tenor names its subject in lower case.
const TENOR_WORD = String.raw`(?:\d{1,2}|two|three|five|seven|ten|twenty|thirty)-(?:year|month)(?:[\s\u00a0]+(?:yield|note|bond))?`;
const PARALLEL_RE = new RegExp(
  String.raw`^[^.;:!?\d]{0,40}?(?:,[\s\u00a0]+(?:and[\s\u00a0]+)?|[\s\u00a0]+and[\s\u00a0]+)(?:the[\s\u00a0]+)?(?:(?:[A-Z][\w&.'’-]*[\s\u00a0]+){1,3}|${TENOR_WORD}[\s\u00a0]+)([a-z]+)[\s\u00a0]+(?:by[\s\u00a0]+)?$`,
);
/** A new clause opened by these is its own statement, with its own time: "..., while the Dow fell 1%". */
const OWN_CLAUSE_RE = /\b(?:while|whereas|after|before|since|when|as|but|though|although)\b/i;

export function sharesPeriod(gap: string): boolean {
  const m = PARALLEL_RE.exec(gap);
  return !!m && isPastMoveVerb(m[1]!) && !OWN_CLAUSE_RE.test(gap);
}

/**
 * parallel-after-level: "fell 4.63% in the first quarter to 6,528.52, and the Nasdaq Composite dropped 7.11%": the
 * figure before is the level a dated move ended at, so the like clause after it shares that move's period too.
 * `lead` is the sentence's text up to the end of the figure before.
 */
const MOVE_TO_LEVEL_RE =
  /\d[\s\u00a0]*(?:%|percent|per[\s\u00a0]+cent|points?|basis[\s\u00a0]+points|bps?)[^.;:!?\d]{0,40}?\bto[\s\u00a0]+[$€£¥]?[\s\u00a0]*\d[\d,]*(?:\.\d+)?%?$/i;

export function levelEndsAMove(lead: string): boolean {
  return MOVE_TO_LEVEL_RE.test(lead);
}
