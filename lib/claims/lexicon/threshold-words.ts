/**
 * Example: "back above the 5% mark", "first closed above 4,500": the words of a round level that
 * was crossed or neared, for the threshold rule's patterns.
 */

/** Prepositions that put a figure on one side of a level: "above", "past 7 per dollar". */
export const THRESHOLD_PREPOSITIONS = 'above|below|under|over|past|beyond|through';

/** Nouns that make a round figure a milestone: "the 10,000 mark", "the 1.18 handle". */
export const MILESTONE_NOUNS = 'mark|milestone|threshold|barrier|handle|line|level';

/**
 * Verbs that put a market past a level: "Brent clears $80", "the Nikkei tops 40,000" (a floor, not a reading);
 * broke-level: "The Kospi broke 3,600 points on Friday", "CAC40 Reclaims 8,200"; break-question: "Why did gold break
 * $5,000 today?".
 */
export const CROSSING_VERBS =
  'tops|topped|topping|clears|cleared|clearing|cross(?:es)?|crossed|crossing|surpass(?:es|ed|ing)?|broke|breaks|breaking|break|smashed|smashes|reclaim(?:s|ed|ing)?';

/**
 * A past extreme its subject set: "the record it set", "the highs they had hit", "the peak that the index
 * reached" (an alternation's text, for record-it-set-on in periods.ts and the checks' record-it-set-after).
 */
export const EXTREME_SET = String.raw`\b(?:record|high|peak|low|top|bottom)s?[\s\u00a0]+(?:that[\s\u00a0]+)?(?:it|they|the[\s\u00a0]+\w+)[\s\u00a0]+(?:had[\s\u00a0]+)?(?:set|hit|reached|touched|notched|posted|logged)\b`;

/**
 * Comparatives that set a level against an earlier one: "3.7% lower than its final 2025 benchmark", "5.6%
 * stronger than at the end of 2024" (for than-year-end and than-final-year-noun in periods.ts, and the level's
 * than-its-level in rules/since-start-level.ts).
 */
export const LEVEL_COMPARATIVES = 'higher|lower|above|below|stronger|weaker|firmer|softer';
