/**
 * Example: "economists expect the jobless rate at 4.3%", "the Fed projected 3.4%": verbs that make
 * the figure after them what someone expects, for a pattern's alternation.
 */
export const FORECAST_VERBS =
  'forecasts?|forecasting|projected|projects?|projecting|expects?|expected|expecting|anticipates?|anticipated|anticipating|predicts?|predicted|sees|thinks|think|believes|believe|assumes|assuming';

/** One word of FORECAST_VERBS, as a token: "expects", "forecast". */
const FORECAST_VERB_WORD_RE = new RegExp(`^(?:${FORECAST_VERBS}|expect|forecast)$`);
/** Modal and hedging words that make a sentence about what is to come: "will", "likely". */
const MODAL_EXPECTATION_WORDS: ReadonlySet<string> = new Set(['see', 'likely', 'will', 'would']);

/** Whether a token makes its sentence an expectation ("We expect ...", "the RBA will ..."). */
export function isExpectationWord(word: string): boolean {
  return MODAL_EXPECTATION_WORDS.has(word) || FORECAST_VERB_WORD_RE.test(word);
}
