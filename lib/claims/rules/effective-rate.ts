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
