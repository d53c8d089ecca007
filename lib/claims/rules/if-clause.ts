/**
 * if-clause: "If the Dow slips under 39,000, 38,500 is the next stop": the figure right after a condition's comma is
 * what would follow, not a level of the day.
 *
 * Read on the figure's own path, so the sentence's opening word is tested before any slice is made.
 */
const IF_OPENING_RE = /^[\s\u00a0"“‘']*(?:if|should|unless|once)\b/i;
/** How far into the sentence the figure may stand: the condition's clause is at most 100 characters. */
const IF_CLAUSE_REACH = 140;
const IF_CLAUSE_RE =
  /^[\s\u00a0"“‘']*(?:if|should|unless|once)\b[^.;!?]{1,100},[\s\u00a0]*(?:then[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;

/** Whether the figure at `figureStart` follows a condition that opens the sentence at `sentenceStart`. */
export function isIfClauseConsequence(text: string, sentenceStart: number, figureStart: number): boolean {
  if (figureStart - sentenceStart > IF_CLAUSE_REACH) return false;
  if (!IF_OPENING_RE.test(text.slice(sentenceStart, sentenceStart + 12))) return false;
  return IF_CLAUSE_RE.test(text.slice(sentenceStart, figureStart));
}
