/**
 * definition-figure: "A bear market is usually defined as a 20% drop from a record", "a correction, a 10% fall
 * from a peak": the size a term is defined by, not a move of any market.
 */
const DEFINED_AS_RE =
  /\b(?:(?:is|are)[\s\u00a0]+(?:usually|typically|commonly|often|generally|traditionally)?[\s\u00a0]*(?:defined|described|counted)[\s\u00a0]+as|(?:the[\s\u00a0]+)?(?:definition|threshold)[\s\u00a0]+(?:of|for)[\s\u00a0]+a[\s\u00a0]+(?:bear|bull)[\s\u00a0]+market[\s\u00a0]+is)[\s\u00a0]+(?:a[\s\u00a0]+|an[\s\u00a0]+)?(?:drop|decline|fall|rise|gain|move)?[\s\u00a0]*(?:of[\s\u00a0]+)?$/i;

/** Whether the words before a figure (`lead`) make it the size a term is defined by. */
export function isDefinitionFigure(lead: string): boolean {
  return lead.includes('defin') || lead.includes('threshold') ? DEFINED_AS_RE.test(lead) : false;
}
