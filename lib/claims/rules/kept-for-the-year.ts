/**
 * Example: "Core PCE, the Fed's preferred gauge, is projected to stay at 3.1% this year": a projection
 * for the year, though its verb is one of keeping; "the BoJ is expected to keep its rate at 0.5%"
 * (today's rate, kept) has no year after it.
 *
 * `after` is the text after the figure.
 */
const FOR_THE_YEAR_RE =
  /^[\s\u00a0]*(?:this[\s\u00a0]+year|for[\s\u00a0]+(?:the|this)[\s\u00a0]+(?:full[\s\u00a0]+)?year|in[\s\u00a0]+the[\s\u00a0]+year[\s\u00a0]+ahead|this[\s\u00a0]+quarter|for[\s\u00a0]+the[\s\u00a0]+quarter)\b/i;

export function keptForTheYear(after: string): boolean {
  return FOR_THE_YEAR_RE.test(after);
}
