import { wordCue } from '../tokens';

/**
 * Example: "the gap between 10-year Treasury and JGB yields ... 205 bp": words that make a figure a
 * spread; so do "edge" and "advantage" ("a yield edge of about 300 basis points over the yen").
 */
// curve-slope: "keeping the curve's slope near 52 basis points": the gap between two tenors.
const SPREAD_WORD_LIST = ['gap', 'spread', 'differential', 'premium', 'edge', 'advantage', 'pickup', 'slope'];
/** Words that make a spread only followed by "between": "the distance between the two policy rates". */
const BETWEEN_WORD_LIST = ['distance', 'difference'];
const SPREAD_WORD_SET = new Set([...SPREAD_WORD_LIST, ...BETWEEN_WORD_LIST]);
export const SPREAD_CUE = wordCue((part) => SPREAD_WORD_SET.has(part));
export const SPREAD_WORDS = new RegExp(
  `\\b(?:${SPREAD_WORD_LIST.join('|')})\\b|\\b(?:${BETWEEN_WORD_LIST.join('|')})[\\s\\u00a0]+between\\b`,
  'i',
);
/** spread-not-carried: a spread word with its other leg ("the gap over Treasuries", "the spread with Bunds"). */
export const SPREAD_WITH_LEG = new RegExp(
  `\\b(?:${SPREAD_WORD_LIST.join('|')})\\b[^.;]{0,40}?\\b(?:over|between|versus|vs|with|against)\\b`,
  'i',
);
/**
 * spread-between-sentence: "The distance between the two policy rates, measured to the top of the Fed's range, is
 * 250 basis points": a spread named with "between" earlier in the sentence makes a difference in basis points
 * that spread, whichever rate is named nearer.
 */
export const SPREAD_BETWEEN_RE = new RegExp(
  `\\b(?:${[...SPREAD_WORD_LIST, ...BETWEEN_WORD_LIST].join('|')})[\\s\\u00a0]+between\\b`,
  'i',
);
// A country word may stand between "over the" and the alias the match found: "premium over the U.S. grade".
export const SPREAD_BEFORE = new RegExp(
  `\\b(?:${SPREAD_WORD_LIST.join('|')})[\\s\\u00a0]+(?:between|over|of)[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?(?:U\\.S\\.[\\s\\u00a0]+)?$`,
  'i',
);
/**
 * spread-to: "narrow the gap to the Fed's range to 125-150 basis points": basis points after a spread to the rate
 * named next are the spread ("a wide gap with the Fed's 3.50%–3.75% range" is the Fed's own range).
 */
export const SPREAD_TO_BEFORE = new RegExp(
  `\\b(?:${SPREAD_WORD_LIST.join('|')})[\\s\\u00a0]+(?:to|with|versus|vs\\.?)[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?$`,
  'i',
);
/** spread-second-leg: "the gap between 2-year and 10-year yields": the name after "and" is the spread's other leg. */
export const SPREAD_PAIR_BEFORE = new RegExp(
  `\\b(?:${SPREAD_WORD_LIST.join('|')})[\\s\\u00a0]+between[\\s\\u00a0]+[^.;:,]{1,40}?\\band[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?$`,
  'i',
);

/**
 * spread-of-figure: "leaving the curve between the two at a spread of about 60 basis points": the figure is a spread;
 * curve-inverted-by: "keeping the curve inverted by about 11 basis points" as well.
 */
export const SPREAD_OF_FIGURE_RE = new RegExp(
  `(?:\\b(?:${SPREAD_WORD_LIST.join('|')})[\\s\\u00a0]+(?:of|near|at|around)|\\bcurve[\\s\\u00a0]+(?:inverted|steepened|flattened|steeper|flatter)[\\s\\u00a0]+(?:by|at))[\\s\\u00a0]+(?:(?:about|around|roughly|nearly|some|just|only)[\\s\\u00a0]+)?$`,
  'i',
);
