/**
 * neutral-rate: "as the BoJ moves toward a neutral rate of 1.5–2.0%", "estimates of r-star near 1%": an
 * estimate of where policy neither speeds nor slows the economy, not the rate set.
 */
const NEUTRAL_RATE_RE =
  /\b(?:neutral|terminal|natural)[\s\u00a0]+(?:(?:policy|interest)[\s\u00a0]+)?rate\b[^.;!?\d]{0,30}$|\br-star\b[^.;!?\d]{0,30}$/i;

/** Whether the words before a figure (`lead`) make it an estimate of the neutral or terminal rate. */
export function isNeutralRate(lead: string): boolean {
  return NEUTRAL_RATE_RE.test(lead);
}
