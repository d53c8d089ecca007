/**
 * beat-by: "payrolls beat the consensus by about 40,000", "CPI topped forecasts by 0.2 point": the size
 * of a surprise against what was expected, not a reading of the indicator.
 */
const BEAT_BY_RE =
  /\b(?:beat|beats|beating|topped|tops|topping|missed|misses|missing|exceeded|exceeds|exceeding|surpassed|undershot|overshot)\b[^.;!?]{0,30}?\b(?:consensus|forecasts?|estimates?|expectations?|projections?|economists)[\s\u00a0]+by[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|some[\s\u00a0]+|nearly[\s\u00a0]+|almost[\s\u00a0]+|just[\s\u00a0]+)?$/i;

/** Whether the words before a figure (`lead`) make it a surprise's size: "beat the consensus by ". */
export function isBeatBy(lead: string): boolean {
  return lead.includes(' by') && BEAT_BY_RE.test(lead);
}
