import type { ClaimContext, MatchRecord } from './types';

/** Each way the engine finds a figure's subject (contract 2: MatchRecord.rule). */
export type SubjectRule =
  | 'alias-in-sentence' // "Japan's Treasury holdings rose to $1.13 trillion"
  | 'table-header' // a cell under "Japan" in a column "Jul 2025"
  | 'currency-words' // "the yen weakened to 145.62 per dollar"
  | 'same-subject-chain' // "fell 274.45 points, or 4.84%": the second figure keeps the first's subject
  | 'its-level' // "17.3% above its April 8 close of 4,982.77"
  | 'earlier-subject' // "The index rose 0.8%" after a sentence naming the Nikkei
  | 'pronoun-it' // "It's down 16.6% from its peak"
  | 'fuzzy-alias' // a misspelt name: "Nikei 225"
  | 'row-owner' // a table row naming "China" under a caption about Japan's holdings
  | 'bank-rate' // a "Policy rate" column in the row naming the Reserve Bank of Australia
  | 'respectively' // "oil and copper fell 2% and 5%, respectively"
  | 'former-latter' // "the former is up 24.1% while the latter has added 12.0%"
  | 'holder' // "China's pile", "its holdings", "in second place with"
  | 'broader-index' // "the broader index" after the Nikkei
  | 'goods-tariff' // "Goods from China carry an extra 30% tariff"
  | 'country-tenor' // "Japanese government bonds sold off: the 10-year yield rose to 2.26%"
  | 'tenor-row' // a "2-year" row in a table captioned "Treasury yields"
  | 'ecb-reference' // "The European Central Bank set its reference rate at 1.0694 dollars"
  | 'list-heading' // "<h3>The DAX at the close</h3><li>Settled at 23,487.33</li>"
  | 'bare-tenor' // "the 10-year jumps 13 bp to 4.30%"
  | 'answered-question'; // "How Much Did the Nikkei Fall Today? 1,620.93 Points"

/** How sure each rule is of the subject on its own, before distance and period (named weights). */
export const RULE_CONFIDENCE: Record<SubjectRule, number> = {
  'alias-in-sentence': 0.95,
  'table-header': 0.9,
  'currency-words': 0.9,
  'same-subject-chain': 0.9,
  'its-level': 0.8,
  'earlier-subject': 0.75,
  'pronoun-it': 0.7,
  'fuzzy-alias': 0.55,
  'row-owner': 0.85,
  'bank-rate': 0.85,
  respectively: 0.85,
  'former-latter': 0.8,
  holder: 0.75,
  'broader-index': 0.75,
  'goods-tariff': 0.75,
  'country-tenor': 0.8,
  'tenor-row': 0.85,
  'ecb-reference': 0.85,
  'list-heading': 0.75,
  'bare-tenor': 0.8,
  'answered-question': 0.75,
};

const RULE_REASON: Record<SubjectRule, string> = {
  'alias-in-sentence': 'subject named in the sentence',
  'table-header': 'subject from the table’s headers',
  'currency-words': 'currency pair named by its currencies',
  'same-subject-chain': 'same subject as the figure before it',
  'its-level': 'a past level of the subject named before',
  'earlier-subject': 'subject carried from an earlier sentence',
  'pronoun-it': '“it” taken as the subject named last',
  'fuzzy-alias': 'a near spelling of the name',
  'row-owner': 'subject from the country the table row names',
  'bank-rate': 'the policy rate of the one central bank named (its row, or "its rate")',
  respectively: 'subject paired in order (“respectively”)',
  'former-latter': 'subject pointed back to (“the former”, “the latter”)',
  holder: 'holder named by a possessive or a ranking',
  'broader-index': '“the broader index” of the index named before',
  'goods-tariff': 'the U.S. tariff on the goods of the country the sentence names',
  'country-tenor': 'the yield of the country named before the tenor',
  'tenor-row': 'the Treasury yield of the tenor the table row names',
  'ecb-reference': 'the euro’s reference rate, which the ECB sets each day',
  'list-heading': 'subject from the heading of the list the figure is in',
  'bare-tenor': 'a maturity named as the subject (“the 10-year”)',
  'answered-question': 'subject of the question the sentence answers',
};

/** Words between subject and figure that cost nothing; each further word costs DISTANCE_WEIGHT, up to DISTANCE_MAX. */
export const FREE_DISTANCE = 4;
export const DISTANCE_WEIGHT = 0.015;
const DISTANCE_MAX = 0.25;
/** No period stated: read as of the article's date. */
export const NO_PERIOD_PENALTY = 0.05;
/** The country was the page's, not the sentence's. */
export const PAGE_COUNTRY_PENALTY = 0.1;
/** A core measure named by an alias that may mean its headline sibling (rules/variant-unnamed.ts): below the red bar. */
const VARIANT_UNNAMED_PENALTY = 0.4;
/** A candidate that won with a low score (the engine's own ranking) is less sure. */
const WEAK_SCORE = 1.5;
const WEAK_SCORE_PENALTY = 0.1;

export interface FoundSubject {
  /** The catalogue's alias (or currency pair) that named the subject. */
  catalogueAlias: string;
  rule: SubjectRule;
  distance: number;
  score: number;
  at?: number;
  impliedByPage?: boolean;
}

/** Rules that find a subject named in the figure's own sentence: their scope is 'sentence'. */
export const SENTENCE_RULES: ReadonlySet<SubjectRule> = new Set<SubjectRule>([
  'alias-in-sentence',
  'currency-words',
  'same-subject-chain',
  'fuzzy-alias',
  'goods-tariff',
]);

/** The structured record of how a claim's subject was found, with its confidence and reasons. */
export function matchRecord(
  c: FoundSubject,
  ctx: ClaimContext,
  headerTokens: number,
  variantUncertain = false,
): MatchRecord {
  // An alias among a table cell's headers is the table's subject, not the sentence's.
  const rule: SubjectRule =
    c.rule === 'alias-in-sentence' && c.at !== undefined && c.at < headerTokens ? 'table-header' : c.rule;
  const reasons = [RULE_REASON[rule]];
  let confidence = RULE_CONFIDENCE[rule];
  const far = Math.max(0, c.distance - FREE_DISTANCE);
  if (far) {
    confidence -= Math.min(DISTANCE_MAX, far * DISTANCE_WEIGHT);
    reasons.push(`${c.distance} words between subject and figure`);
  }
  if (c.impliedByPage) {
    confidence -= PAGE_COUNTRY_PENALTY;
    reasons.push('country taken from the page');
  }
  if (variantUncertain) {
    confidence -= VARIANT_UNNAMED_PENALTY;
    reasons.push(`“${c.catalogueAlias}” may mean the headline measure, which the dataset does not hold`);
  }
  if (c.score < WEAK_SCORE) {
    confidence -= WEAK_SCORE_PENALTY;
    reasons.push('a weak match among several');
  }
  if (ctx.period) reasons.push(`period: ${ctx.period.label}`);
  else {
    confidence -= NO_PERIOD_PENALTY;
    reasons.push('no period stated: read as of the article’s date');
  }
  const scope = SENTENCE_RULES.has(rule) ? 'sentence' : 'discourse';
  return {
    rule,
    alias: c.catalogueAlias,
    distance: c.distance,
    scope,
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
    reasons,
  };
}
