/**
 * Example: "economists expect the jobless rate at 4.3%", "the Fed projected 3.4%": verbs that make
 * the figure after them what someone expects, for a pattern's alternation.
 */
export const FORECAST_VERBS =
  'forecasts?|forecasting|projected|projects?|expects?|expected|expecting|anticipates?|anticipated|anticipating|predicts?|predicted|sees|thinks|believes|assumes|assuming';
