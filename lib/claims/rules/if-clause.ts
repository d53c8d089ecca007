/**
 * if-clause: "If the Dow slips under 39,000, 38,500 is the next stop": the figure right after a condition's comma is
 * what would follow, not a level of the day.
 *
 * `lead` is the sentence's text up to the figure.
 */
const IF_CLAUSE_RE =
  /^[\s\u00a0"“‘']*(?:if|should|unless|once)\b[^.;!?]{1,100},[\s\u00a0]*(?:then[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;

export function isIfClauseConsequence(lead: string): boolean {
  return IF_CLAUSE_RE.test(lead);
}
