/**
 * within-of-round: "It closed within about 280 points of 55,000", "within 1% of $100": the round figure a distance
 * is measured to is a threshold, not a reading. A fine figure ("within 0.3% of its 5,950.12 record") is a level.
 */
const WITHIN_OF_RE =
  /\bwithin[\s\u00a0]+(?:about[\s\u00a0]+|some[\s\u00a0]+|roughly[\s\u00a0]+|around[\s\u00a0]+|just[\s\u00a0]+|a[\s\u00a0]+)?[$€£¥]?[\d.,]+[\s\u00a0]*(?:%|percent|per[\s\u00a0]+cent|points?|basis[\s\u00a0]+points?|bps?|cents?|yen|dollars?)?[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;
/** A whole figure ending in at least two zeros: 55,000, 4,000, $100. */
const ROUND_RE = /^[$€£¥]?[\d,]*[1-9][\d,]*00$/;

/** within-distance-words: "within touching distance of 40,000", "within striking distance of $100": no measure at all. */
const WITHIN_WORDS_OF_RE =
  /\bwithin[\s\u00a0]+(?:touching|striking|spitting|easy|close|reach(?:ing)?)[\s\u00a0]+(?:distance[\s\u00a0]+)?of[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;

/** Whether the figure `text` is the round end of a "within X of" distance; `lead` ends right before it. */
export function isWithinOfRound(lead: string, text: string): boolean {
  return (
    ROUND_RE.test(text.replace(/[\s\u00a0]/g, '')) &&
    lead.includes('within') &&
    (WITHIN_OF_RE.test(lead) || WITHIN_WORDS_OF_RE.test(lead))
  );
}
