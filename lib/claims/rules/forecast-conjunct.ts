/**
 * Example: "who sees gold at $5,000 by the end of 2026 and silver at $85": the second figure is
 * joined to the first by "and <subject> at", with no verb of its own, so it is the same forecast.
 *
 * `gap` runs from the end of the previous figure (a forecast) to this figure.
 */
const FORECAST_CONJUNCT_RE =
  /\band[\s\u00a0]+(?:the[\s\u00a0]+|for[\s\u00a0]+)?[\w'’&.-]+(?:[\s\u00a0]+[\w'’&.-]+){0,2}?[\s\u00a0]+(?:at|near|around|to)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?$/i;
/** A verb of its own in the conjunct makes it a new statement: "and silver closed at $74". */
const OWN_VERB_RE =
  /\band[\s\u00a0]+(?:the[\s\u00a0]+)?[\w'’&.-]+(?:[\s\u00a0]+[\w'’&.-]+){0,2}?[\s\u00a0]+(?:\w+ed|rose|fell|was|is|were|are|stood|stands|held|holds|sits|sat|hit|traded|trades)[\s\u00a0]/i;

export function continuesForecast(gap: string): boolean {
  return gap.length <= 80 && !/[.;!?]/.test(gap) && FORECAST_CONJUNCT_RE.test(gap) && !OWN_VERB_RE.test(gap);
}
