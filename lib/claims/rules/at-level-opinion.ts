/**
 * at-level-opinion: "At 6,500 on the S&P, we think the index prices in almost everything going right": a level
 * fronted by "At" and followed by someone's view is the level the view is about, not a quote of the day.
 */
const AT_OPENING_RE = /^[\s\u00a0"“‘']*at[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?[\s\u00a0]*$/i;
const VIEW_AFTER_RE =
  /^[^\s,;.]*(?:[\s\u00a0]+(?:on|for|in)[\s\u00a0]+(?:the[\s\u00a0]+)?[^,;.!?]{1,25})?,[\s\u00a0]+(?:we|i|they|you|he|she|investors|analysts|strategists|traders|the[\s\u00a0]+market)[\s\u00a0]+(?:still[\s\u00a0]+)?(?:think|thinks|believe|believes|see|sees|reckon|reckons|would|feel|feels|expect|expects|consider|considers|view|views|doubt|doubts|worry|worries)\b/i;

/** Whether the figure between `lead` (from the sentence's start) and `after` is a level a view is about. */
export function isAtLevelOpinion(lead: string, after: string): boolean {
  return AT_OPENING_RE.test(lead) && VIEW_AFTER_RE.test(after);
}
