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
  // "The rate on main refinancing operations stays at 2.15%": the ECB's other rates.
  'refinancing',
  'marginal',
]);

/**
 * Example: "the PCE price index", "producer prices", "the GDP deflator": price gauges other than the
 * consumer price index, whose inflation rate a sentence about them gives (rules/other-price-index.ts).
 */
export const OTHER_PRICE_INDEX_WORDS: ReadonlySet<string> = new Set([
  'pce',
  'expenditure',
  'ppi',
  'producer',
  'wholesale',
  'deflator',
]);

/**
 * Example: "the PBOC set the central parity at 7.1883", "the yuan's midpoint": a central bank's daily
 * fixing of its currency, which is not the market rate the catalogue stores (rules/yuan-fixing.ts).
 */
export const FIXING_WORDS: ReadonlySet<string> = new Set(['parity', 'midpoint', 'fixing', 'fixings']);
