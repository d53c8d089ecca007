/**
 * inflation-rate-of: "to achieve maximum employment and inflation at the rate of 2% over the longer
 * run": a rate of inflation, not a policy rate.
 */
const INFLATION_RATE_OF_RE =
  /\binflation\b[^.;!?\d]{0,24}\brate[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;

/** Whether the words before a figure make it a rate of inflation. */
export function isInflationRateOf(lead: string): boolean {
  return INFLATION_RATE_OF_RE.test(lead.slice(-60));
}
