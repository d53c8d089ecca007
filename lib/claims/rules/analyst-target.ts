/**
 * Example: "trimmed her year-end S&P 500 target to 7,100 from 7,400" and "a 12-month price target of
 * $5,000": where a strategist sees a market, not where it stands; both figures go unmarked.
 *
 * The cue is a horizon, "price" or a survey's "average"/"median"/"consensus" before "target" ("an
 * average S&P 500 target of 7,629"), with up to three words (the market's name) between;
 * numbers inside the tail ("to 7,100 from") do not end it. "Its 2% inflation target" and "the target
 * range" have no such cue and are left to the target indicators.
 */
const ANALYST_TARGET_RE = new RegExp(
  String.raw`\b(?:(?:year-end|end-year|end-of-year|year-ahead|quarter-end|near-term|short-term|medium-term|long-term|\d{1,2}-month|(?:one|two|three|six|nine|twelve)-month|price|average|median|consensus)(?:[\s\u00a0]+[^\s,;.!?]+){0,3}?[\s\u00a0]+targets?|target[\s\u00a0]+price)\b` +
    // The tail: words and figures ("to 7,100 from "), never a clause break; commas and points inside numbers pass.
    String.raw`(?![\s\u00a0-]+range)(?:[^.;!?,]|[.,](?=\d)){0,50}$`,
  'i',
);

/**
 * targets-a-level: "the strategist targets a 10-year yield of 4.75% by December": "targets" as a verb
 * with "a ... of" before the figure is where someone aims, not where the market stands.
 */
const TARGETS_VERB_RE =
  /\btargets[\s\u00a0]+(?:a|an)[\s\u00a0]+[^.;!?,]{1,40}?[\s\u00a0]+(?:of|at|near|around)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?$/i;

/**
 * set-a-target: "Sunita Ward set an S&P 500 target of 8,000 for next June": a strategist's target set for a market
 * (not "setting the federal funds target at 3.75% to 4.00%", a bank's rate).
 */
const SET_TARGET_RE =
  /\b(?:set|sets|setting|has[\s\u00a0]+set)[\s\u00a0]+(?:an?|her|his|their|its|the)[\s\u00a0]+(?:(?!inflation\b|price\b|policy\b|overnight\b|rate\b|funds\b|cash\b)[\w&.'’-]+[\s\u00a0]+){1,3}target[\s\u00a0]+(?:of|at)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;

/**
 * put-year-end-level: "Odile Ferrant put the Nikkei's year-end level at 52,000": where someone puts a market at a
 * horizon to come, a forecast (not "the year-end level of 5,881" a review reports).
 */
const PUT_HORIZON_LEVEL_RE =
  /\b(?:puts?|putting|pegs?|pegged|sees?|pencils?[\s\u00a0]+in)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w&.'’-]+[\s\u00a0]+){0,3}?(?:year-end|end-of-year|end-year|year-ahead|quarter-end)[\s\u00a0]+(?:level|value|close|price)[\s\u00a0]+at[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;

const TARGET_WORD_RE = /target/i;
const HORIZON_WORD_RE = /year-end|end-of-year|end-year|year-ahead|quarter-end/i;

/** Whether the clause before a figure (`before`, from the sentence's start) names an analyst's target for it. */
/**
 * raised-its-target: "Meridale Bullion raised its gold target to $3,800": a firm moving its own target for
 * a market. Not an inflation or price-stability target, which a bank sets and does not revise so, nor a
 * bank's rate target (rate-target-cut: "cut its overnight rate target to 2.25%").
 */
const MOVED_OWN_TARGET_RE =
  /\b(?:raised|lifted|hiked|boosted|cut|lowered|trimmed|slashed|reiterated)[\s\u00a0]+(?:its|their|his|her)[\s\u00a0]+(?:(?!inflation\b|price\b|policy\b|overnight\b|rate\b|funds\b)[\w&.-]+[\s\u00a0]+){1,3}targets?[\s\u00a0]+(?:to|at|of)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;

export function isAnalystTarget(before: string): boolean {
  if (HORIZON_WORD_RE.test(before) && PUT_HORIZON_LEVEL_RE.test(before)) return true;
  // Every other pattern needs the word "target": a plain search for it spares most clauses their alternations.
  if (!TARGET_WORD_RE.test(before)) return false;
  return (
    ANALYST_TARGET_RE.test(before) ||
    TARGETS_VERB_RE.test(before) ||
    MOVED_OWN_TARGET_RE.test(before) ||
    SET_TARGET_RE.test(before)
  );
}

/**
 * target-after: "reiterated a 7,400 year-end 2026 target for the S&P 500": the horizon after the figure names a
 * strategist's target. A bare "2% target" or "2% price target" is a bank's and stays with the target indicators.
 */
const HORIZON = String.raw`(?:year-end|end-of-year|end-year|year-ahead|\d{1,2}-month|(?:six|twelve)-month)`;
const TARGET_INDEX = String.raw`(?:KOSPI|Nikkei|TOPIX|S&P[\s\u00a0]+500|S&P|Dow|Nasdaq|DAX|FTSE|CAC|Hang[\s\u00a0]+Seng|Stoxx)`;
// horizon-index-target: "a 25,000 year-end DAX target": the horizon, then the market's name.
const TARGET_AFTER_RE = new RegExp(
  String.raw`^[\s\u00a0]+(?:${HORIZON}[\s\u00a0]+(?:20\d\d[\s\u00a0]+)?(?:${TARGET_INDEX}[\s\u00a0]+)?|(?:20\d\d[\s\u00a0]+)?year-end[\s\u00a0]+|${TARGET_INDEX}[\s\u00a0]+)targets?\b`,
);

export function isAnalystTargetAfter(after: string): boolean {
  return TARGET_AFTER_RE.test(after);
}
