/**
 * Example: "back above the 5% mark", "first closed above 4,500": the words of a round level that
 * was crossed or neared, for the threshold rule's patterns.
 */

/** Prepositions that put a figure on one side of a level: "above", "past 7 per dollar". */
export const THRESHOLD_PREPOSITIONS = 'above|below|under|over|past|beyond|through';

/** Nouns that make a round figure a milestone: "the 10,000 mark", "the 1.18 handle". */
export const MILESTONE_NOUNS = 'mark|milestone|threshold|barrier|handle|line|level';
