/**
 * Example: "beat the 138,000 consensus", "topped forecasts", "the market's 3% pricing": nouns for what was expected of a
 * release, for patterns' alternations.
 */
export const FORECAST_NOUNS =
  'forecasts?|estimates?|consensus|projections?|expectations?|probability|chance|odds|likelihood|pricing|scenarios?';
