/**
 * Example: "the core CPI rose 0.3%. ... While the headline PPI dipped 0.1%, it remains 2.6% higher":
 * words that name a measure the catalogue does not hold. A sentence that names one speaks of it,
 * so "it" there is not the subject carried from before.
 */
export const OTHER_MEASURE_WORDS: ReadonlySet<string> = new Set([
  'ppi',
  'producer',
  'wholesale',
  'pmi',
  'ism',
  'retail',
  'housing',
  'sentiment',
]);
