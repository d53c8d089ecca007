/** Example: "Is Kospi 5,000 next?": a yes-or-no question asks about a figure, it does not state one. */
const YES_NO_OPENING =
  /^[\s\u00a0"“'‘(]*(?:is|are|was|were|will|would|could|can|should|shall|might|does|do|did|has|have)\b/i;
const ENDS_WITH_QUESTION = /\?["”’)]*[\s\u00a0]*$/;

/** how-far-question: "How far is the KOSPI from 5,000?" asks about a distance still to go. */
const HOW_FAR_OPENING = /^[\s\u00a0"“'‘(]*how[\s\u00a0]+(?:far|high|low|close)\b/i;

/** Whether a sentence is a yes-or-no question ("Why did gold rise 3%?" states the rise: not one). */
export function isYesNoQuestion(sentence: string): boolean {
  if (!ENDS_WITH_QUESTION.test(sentence)) return false;
  // question-after-label: "More: RBA: what changed · Can the yen get back to 140?": the last part asks.
  const part = sentence.slice(Math.max(sentence.lastIndexOf('·'), sentence.lastIndexOf(': ')) + 1);
  return YES_NO_OPENING.test(part) || HOW_FAR_OPENING.test(part);
}
