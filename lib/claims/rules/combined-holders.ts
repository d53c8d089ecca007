/**
 * Example: "together with China the two Asian creditors held roughly $1.88 trillion": the sum of
 * several holders is no one country's holdings.
 */
const COMBINED_BEFORE_RE =
  /\b(?:together[\s\u00a0]+with|combined|between[\s\u00a0]+them|jointly|the[\s\u00a0]+two[\s\u00a0]+(?:\w+[\s\u00a0]+){0,2}(?:creditors|holders|countries|nations|economies))\b(?:[^.;!?]|\.(?=\d)){0,60}$/i;

/**
 * Whether the words before a figure (within its sentence) make it a combined holding. `after`, the rest of
 * the sentence: "the two largest holders, added $10.7 billion and $12.9 billion, respectively" is each one's.
 */
export function isCombinedHolding(lead: string, after = ''): boolean {
  return COMBINED_BEFORE_RE.test(lead) && !/\brespectively\b/i.test(after);
}
