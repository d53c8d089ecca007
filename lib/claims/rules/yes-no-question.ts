/** Example: "Is Kospi 5,000 next?": a yes-or-no question asks about a figure, it does not state one. */
const YES_NO_OPENING =
  /^[\s\u00a0"“'‘(]*(?:is|are|was|were|will|would|could|can|should|shall|might|does|do|did|has|have)\b/i;
const ENDS_WITH_QUESTION = /\?["”’)]*[\s\u00a0]*$/;

/** how-far-question: "How far is the KOSPI from 5,000?" asks about a distance still to go. */
const HOW_FAR_OPENING = /^[\s\u00a0"“'‘(]*how[\s\u00a0]+(?:far|high|low|close)\b/i;

/**
 * what-would-question: "What does a 1% move in the Nikkei mean in points?", "What would a quarter-point cut do?": asks
 * what a figure would mean ("What did the 2% drop cost?" states the drop: not one).
 */
const WHAT_WOULD_OPENING = /^[\s\u00a0"“'‘(]*what[\s\u00a0]+(?:does|do|would|will|could|might)\b/i;

/** Whether a sentence is a yes-or-no question ("Why did gold rise 3%?" states the rise: not one). */
export function isYesNoQuestion(sentence: string): boolean {
  if (!ENDS_WITH_QUESTION.test(sentence)) return false;
  // question-after-label: "More: RBA: what changed · Can the yen get back to 140?": the last part asks.
  const part = sentence.slice(Math.max(sentence.lastIndexOf('·'), sentence.lastIndexOf(': ')) + 1);
  if (YES_NO_OPENING.test(part) || HOW_FAR_OPENING.test(part) || WHAT_WOULD_OPENING.test(part)) return true;
  // run-in-question: "More from Plainfield Wallet Is $4,000 the new floor for gold?": a links box's heading run into
  // the question after it; a capitalised "Is" inside a sentence starts one.
  return RUN_IN_OPENING.test(part);
}

/** A capitalised auxiliary after a word, then no other sentence end (a point inside "4.5%" is none) before the question mark. */
const RUN_IN_OPENING =
  /[a-z][\s\u00a0]+(?:Is|Are|Was|Were|Will|Would|Could|Can|Should|Shall|Might|Does|Do|Did|Has|Have)[\s\u00a0](?:[^.!?]|\.(?=\d))*\?["”’)]*[\s\u00a0]*$/;
