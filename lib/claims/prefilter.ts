import { mayHaveWordedPoints } from './worded-points';
/**
 * A cheap test run on the page's text before anything else: does it hold a figure that could be a
 * financial claim (a sign, a unit, a decimal, a grouped number, or a round level after "at", "near",
 * "from"...)? Pages without one never load the dataset.
 */
// hyphenated-unit: "a 25-basis-point cut", "a 50-bp hike": the unit joined to the number by a hyphen.
const CANDIDATE_RE =
  /(?:[$¥€£₹₩]|\b(?:USD|JPY|EUR|GBP|CNY)\b)[ \u00a0]?\d|\d[ \u00a0-]?(?:%|per[ \u00a0-]?cent|percent|pct\b|pc\b|bps?\b|basis[ \u00a0-]points?|percentage[ \u00a0-]points?|points?\b|pts\b|pips?\b|trillion|billion|million|bn\b|tn\b|yen\b|yuan\b|dollars?\b|euros?\b|per\b|a barrel|an ounce)|\b\d{1,3}(?:[,\u2009\u202f]\d{3})+(?:\.\d+)?\b|\b\d+\.\d+\b/i;
const DIGIT_RE = /\d/;
/** Round levels: "near 148", "at 40,000" is caught above, "from 157". Tried only when the rest fails. */
const ROUND_LEVEL_RE = /\b(?:at|to|near|around|above|below|from)[ \u00a0]+\d{2,}\b/i;

export function hasCandidateNumbers(text: string): boolean {
  // Both patterns need a digit; most blocks of prose have none, and a digit is quicker to look for.
  if (DIGIT_RE.test(text) && (CANDIDATE_RE.test(text) || ROUND_LEVEL_RE.test(text))) return true;
  // "The Fed cut rates by a quarter point" holds a figure without a digit.
  return mayHaveWordedPoints(text);
}
