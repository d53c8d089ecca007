/**
 * Example: "USD/CAD has spent two weeks trading between 1.4280 and 1.4470": the two ends of a range
 * the market moved in over several sessions, neither a close nor a fixing. A day's range ("ranged
 * between 1.1587 and 1.1524" on the day) is left to the judge, which finds the day's close inside it.
 */
const SEVERAL_SESSIONS_RE = /\b(?:weeks?|months?|days|sessions|spent|all[\s\u00a0]+(?:year|month|week)|since)\b/i;
const RANGE_LEAD_RE =
  /\b(?:trad(?:ed|ing|es)|rang(?:ed|ing|es)|held|moved|moving|oscillat(?:ed|ing)|swung|swinging|fluctuat(?:ed|ing)|stuck|confined)[\s\u00a0]+(?:(?:in[\s\u00a0]+)?a[\s\u00a0]+(?:tight[\s\u00a0]+|narrow[\s\u00a0]+|wide[\s\u00a0]+)?range[\s\u00a0]+)?between[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;
const AND_RE = /^[\s\u00a0]*(?:and|to|-|–)[\s\u00a0]*[$€£¥]?$/i;

/**
 * Whether the figure is an end of such a range: `before` ends at the figure; for the second end,
 * `between` runs from the first end to it and `beforeFirst` ends at the first.
 */
export function isTradingRange(before: string, between?: string, beforeFirst?: string): boolean {
  const lead = before.slice(-60);
  if (RANGE_LEAD_RE.test(lead)) return SEVERAL_SESSIONS_RE.test(lead);
  if (between === undefined || beforeFirst === undefined || !AND_RE.test(between)) return false;
  const first = beforeFirst.slice(-60);
  return RANGE_LEAD_RE.test(first) && SEVERAL_SESSIONS_RE.test(first);
}
