/** Example: "Is Kospi 5,000 next?": a yes-or-no question asks about a figure, it does not state one. */
const YES_NO_OPENING =
  /^[\s\u00a0"“'‘(]*(?:is|are|was|were|will|would|could|can|should|shall|might|does|do|did|has|have)\b/i;
const ENDS_WITH_QUESTION = /\?["”’)]*[\s\u00a0]*$/;

/** Whether a sentence is a yes-or-no question ("Why did gold rise 3%?" states the rise: not one). */
export function isYesNoQuestion(sentence: string): boolean {
  return ENDS_WITH_QUESTION.test(sentence) && YES_NO_OPENING.test(sentence);
}
