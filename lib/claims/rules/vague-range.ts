/**
 * Example: "The dollar moved in the upper 159 yen range", "the yen slid to the lower 150 level": a
 * band named by its whole number is no quote to check, only where the price roamed.
 */
const BAND_BEFORE_RE = /\b(?:upper|lower|middle|mid)[\s\u00a0-]+$/i;
const BAND_AFTER_RE =
  /^[\s\u00a0]*(?:yen[\s\u00a0]+|dollars?[\s\u00a0]+|won[\s\u00a0]+)?(?:range|level|zone|area|territory)\b/i;

export function isVagueRange(before: string, after: string): boolean {
  return BAND_BEFORE_RE.test(before.slice(-12)) && BAND_AFTER_RE.test(after.slice(0, 24));
}
