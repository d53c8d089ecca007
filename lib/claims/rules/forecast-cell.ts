/** Example: a cell under "Consensus" or "Reuters poll" is what someone expects, not a figure out. */

/** A table column (or row) of expectations: "Consensus", "Forecast", "Reuters poll", "Median est.". */
const FORECAST_HEADER_RE =
  /^(?:[A-Za-z]+[\s\u00a0]+)?(?:consensus|forecasts?|fcst|f'cast|expected|expectations?|estimates?|est\.?|median|poll|survey|projections?)(?:[\s\u00a0]+(?:forecast|estimate|est\.?|median|poll))?$/i;

/** Whether a table cell's headers ("Forecast · Q3") include a column or row of expectations. */
export function isForecastCell(context: string | undefined): boolean {
  return !!context && context.split(' · ').some((h) => FORECAST_HEADER_RE.test(h.trim()));
}
