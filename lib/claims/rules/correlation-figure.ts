/**
 * correlation-figure. Example: "the link between rate bets and the dollar has tightened, its correlation
 * reaching -0.8": a coefficient between -1 and 1 said of two markets, not a level of either.
 */
const CORRELATION_BEFORE_RE = /\b(?:correlation|correlated|coefficient|beta|r-squared)\b[^.;!?]{0,80}$/i;

/** Whether a figure of at most 1 in size is a correlation or coefficient the words before it name. */
export function isCorrelation(value: number, before: string): boolean {
  return Math.abs(value) <= 1 && CORRELATION_BEFORE_RE.test(before);
}
