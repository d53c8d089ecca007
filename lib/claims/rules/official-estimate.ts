/**
 * official-estimate. Example: "Officials also nudged their core PCE inflation estimate for the year up
 * to 2.8%": a figure written as someone's estimate, projection or forecast of a measure is what they
 * expect, not the measure as released.
 */
const OWNER = String.raw`(?:their|its|officials['’]?|policymakers['’]?|the[\s\u00a0]+(?:Fed|committee|FOMC|ECB|BoJ|BOJ|BoE|central[\s\u00a0]+bank|bank)['’]s)`;
const ESTIMATE_NOUNS = String.raw`(?:estimates?|projections?|forecasts?|outlook|median)`;
/** What may stand between the noun and its figure: "for the year", "was raised", "up to". */
const TO_FIGURE = String.raw`(?:[\s\u00a0]+(?:for|in)[\s\u00a0]+(?:the[\s\u00a0]+year|this[\s\u00a0]+year|next[\s\u00a0]+year|(?:19|20)\d\d))?(?:[\s\u00a0]+(?:was|is|stood|stands|now))?(?:[\s\u00a0]+(?:up|down|raised|lowered|cut|revised|nudged|trimmed|lifted))?(?:[\s\u00a0]+(?:to|at|of))?[\s\u00a0]+$`;
const OWNED_ESTIMATE_RE = new RegExp(
  String.raw`\b${OWNER}[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,4}?${ESTIMATE_NOUNS}\b${TO_FIGURE}`,
  'i',
);

/**
 * estimate-conjunct: "the median estimate for growth was trimmed to 1.7% and the one for core inflation raised to
 * 2.8%": "the one for" after an estimate is another estimate.
 */
const ONE_FOR_ESTIMATE_RE = new RegExp(
  String.raw`\b${ESTIMATE_NOUNS}\b(?:[^.;!?]|\.\d){0,80}\b(?:and|while)[\s\u00a0]+the[\s\u00a0]+one[\s\u00a0]+for[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){1,3}?(?:was[\s\u00a0]+)?(?:(?:raised|lowered|cut|revised|trimmed|lifted|nudged)[\s\u00a0]+)?(?:(?:up|down)[\s\u00a0]+)?(?:to|at)[\s\u00a0]+$`,
  'i',
);

/** Whether the words before a figure make it an owner's estimate of a measure. */
export function isOfficialEstimate(lead: string): boolean {
  return OWNED_ESTIMATE_RE.test(lead);
}

/** Whether the sentence up to the figure (`lead`, past the figures before it) makes it "the one for" after an estimate. */
export function isEstimateConjunct(lead: string): boolean {
  return lead.includes('one for') && ONE_FOR_ESTIMATE_RE.test(lead);
}
