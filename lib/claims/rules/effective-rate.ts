/**
 * Example: "the current benchmark rate at an effective 4.33%", "the effective fed funds rate was
 * 4.33%": the market rate that trades inside the target range, not the rate the central bank sets.
 */
const EFFECTIVE_BEFORE_RE =
  /\beffective(?:[\s\u00a0]+(?:federal|fed)[\s\u00a0]+funds)?(?:[\s\u00a0]+rate)?(?:[\s\u00a0]+(?:was|is|of|at|stood[\s\u00a0]+at|stands[\s\u00a0]+at))?[\s\u00a0]+$/i;

/** Whether the words before a figure make it an effective (market) rate. */
export function isEffectiveRate(lead: string): boolean {
  return EFFECTIVE_BEFORE_RE.test(lead.slice(-50));
}

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
