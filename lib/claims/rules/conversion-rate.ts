/**
 * conversion-rate. Example: "At an exchange rate of about 142 yen, that is roughly ¥160 trillion": a rate taken to
 * convert a sum for scale, not a quote of the market (not "the exchange rate of 142 yen is the weakest since 1990").
 */
const CONVERSION_RATE_RE =
  /\b(?:at|using|assuming)[\s\u00a0]+(?:an?|the|today['’]s|current)[\s\u00a0]+(?:exchange|conversion|currency)[\s\u00a0]+rate[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|some[\s\u00a0]+)?[$€£¥]?$/i;

/** `before` is the sentence's text up to the figure. */
export function isConversionRate(before: string): boolean {
  return CONVERSION_RATE_RE.test(before.slice(-60));
}
