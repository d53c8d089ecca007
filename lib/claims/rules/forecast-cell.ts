/** Example: a cell under "Consensus" or "Reuters poll" is what someone expects, not a figure out. */

/** A table column (or row) of expectations: "Consensus", "Forecast", "Reuters poll", "Median est.". */
// desk-call: "Desk call", "Our call", "Call for June": a newsroom's or bank's own expectation.
const FORECAST_HEADER_RE =
  /^(?:[A-Za-z]+[\s\u00a0]+)?(?:consensus|forecasts?|fcst|f'cast|expected|expectations?|estimates?|est\.?|median|poll|survey|projections?|call)(?:[\s\u00a0]+(?:forecast|estimate|est\.?|median|poll|for[\s\u00a0]+[A-Za-z]+\.?))?$/i;

/** threat-column: "Announced / threatened", "Proposed", "Threatened rate": rates set out, not in force. */
// named-for-date: "Named for Aug. 1", "Due Aug. 1", "Scheduled": a rate set out for a day to come.
const THREAT_HEADER_RE =
  /^(?:[A-Za-z]+[\s\u00a0]*\/[\s\u00a0]*)?(?:(?:threatened|proposed|planned|pending)(?:[\s\u00a0]+(?:rate|tariff|duty))?|(?:named|set|scheduled|due|slated)(?:[\s\u00a0]+(?:for|from|on))?(?:[\s\u00a0]+[A-Z][a-z]{2,8}\.?[\s\u00a0]+\d{1,2})?)$/i;

/**
 * projections-caption: "ECB staff projections, March 2026 (December 2025 in brackets)": a table whose caption (its first
 * header) names projections or forecasts holds expectations in every cell.
 */
const FORECAST_CAPTION_RE = /\b(?:projections|forecasts|outlook|expectations)\b/i;

/** Whether a table cell's headers ("Forecast · Q3") include a column or row of expectations. */
export function isForecastCell(context: string | undefined): boolean {
  if (!context) return false;
  const headers = context.split(' · ');
  return (
    FORECAST_CAPTION_RE.test(headers[0]!) ||
    headers.some((h) => FORECAST_HEADER_RE.test(h.trim()) || THREAT_HEADER_RE.test(h.trim()))
  );
}
