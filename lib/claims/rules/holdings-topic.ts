/**
 * holdings-topic. Example: "Britain Passes China as No. 2 Holder of Treasuries": a page about who holds
 * Treasuries names that measure before any figure of it is matched, so "Japan kept its lead. Its
 * holdings rose $4.9 billion" has a measure for "its holdings" to be of (subjects/holder.ts).
 */
// treasury-pile: "Japan Lifts Treasury Pile to $1.189 Trillion" names the measure as well; so does a "Treasury Stash".
const TOPIC_RE =
  /\b(?:holders?|holdings?|stockpiles?|owners?)\b[^!?;]{0,40}\bTreasur(?:y|ies)\b|\bTreasur(?:y|ies)\b[^!?;]{0,40}\b(?:holders?|holdings?|stockpiles?|owners?)\b|\bTreasur(?:y|ies)[\s\u00a0]+(?:piles?|stash(?:es)?)\b/i;

/** The measure (an indicator id after its country prefix) such a page is about. */
export const HOLDINGS_MEASURE = 'ust_holdings';

/** Whether the text names Treasury holdings as its topic. */
export function namesHoldingsTopic(text: string): boolean {
  return text.includes('reasur') && TOPIC_RE.test(text);
}
