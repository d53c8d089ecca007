/**
 * shown-to-be: "TONA futures maturing in September indicate the BOJ's overnight call rate to be at 0.6275%", "swaps
 * point to the deposit rate being at 1.75% by June": what a market's prices show a level will be, not the level.
 */
const SHOWN_TO_BE_RE =
  /\b(?:indicat(?:e|es|ed|ing)|signal(?:s|ed|ing|l?ed)?|show(?:s|ed|ing)?|point(?:s|ed|ing)?[\s\u00a0]+to|imply|implies|implied)\b[^.;!?,]{0,60}\b(?:to[\s\u00a0]+be|being)[\s\u00a0]+(?:at[\s\u00a0]+|around[\s\u00a0]+|near[\s\u00a0]+|about[\s\u00a0]+)?$/i;

export function isShownToBe(before: string): boolean {
  return SHOWN_TO_BE_RE.test(before.slice(-100));
}
