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
  // "industrial output grew by 6.2 percent ..., while ... it rose by 6.4 percent": China's other data.
  'industrial',
  'factory',
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
 * Example: "the yuan's central parity came in at 7.1883", "the yuan's midpoint": a central bank's daily
 * fixing of its currency, which is not the market rate the catalogue stores (rules/yuan-fixing.ts).
 */
export const FIXING_WORDS: ReadonlySet<string> = new Set(['parity', 'midpoint', 'fixing', 'fixings']);

/**
 * Example: "as the jobless rate climbs to 5.2%", "regular pay rose 3.4%": words of an economy's own
 * measure that, right before a figure, make it that measure's, not a market's or a policy rate's
 * (rules/macro-word-before.ts). Tokens are singular.
 */
export const MACRO_MEASURE_WORDS: ReadonlySet<string> = new Set([
  'jobless',
  'unemployment',
  'inflation',
  'cpi',
  'pay',
  'wage',
  'earning',
  'gdp',
  'payroll',
  'employment',
  'pmi',
]);

/**
 * Example: "services is expected to have the highest annual rate, at 3.5%", "energy prices fell 0.5%":
 * parts of the consumer basket whose own inflation rate a sentence may give (rules/basket-component.ts), as the tokenizer folds them (singular).
 */
export const BASKET_COMPONENT_WORDS: ReadonlySet<string> = new Set([
  'service',
  'energy',
  'food',
  'good',
  'shelter',
  'rent',
  'fuel',
  'electricity',
  'gasoline',
]);

/**
 * Words shortly before a component that leave it out of, or make it the cause of, the measure: "excluding food
 * and energy", "which strips out volatile fresh food prices", "leaves out food", "driven by services" (tokens as folded).
 */
export const BASKET_LEFT_OUT_WORDS: ReadonlySet<string> = new Set([
  'ex',
  'excluding',
  'exclude',
  'strip',
  'stripping',
  'without',
  'minus',
  'less',
  'out',
  'leave',
  'leaving',
  'by',
  'from',
]);

/**
 * Example: "Japan GDP, April-June · Private consumption, q/q · +0.4%": parts of output whose own growth a row or a
 * clause gives (rules/gdp-component.ts), folded as tokens are.
 */
export const GDP_COMPONENT_WORDS: ReadonlySet<string> = new Set([
  'consumption',
  'spending',
  'investment',
  'capex',
  'inventories',
  'inventory',
]);
