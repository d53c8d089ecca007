import { isOrMoreBound } from '../rules/or-more-bound';
import { isNeededMove } from '../rules/needs-a-move';
import { isBenchmarkGap } from '../rules/spread';
import { rangeOnSingleRate } from '../rules/range-rate';
import { endsQuestion, headsQuestion } from '../rules/asked-figure';
import { isWithdrawnFigure } from '../rules/withdrawn-figure';
import { isCorrelation } from '../rules/correlation-figure';
import { underPolicyRateColumn } from '../subjects/bank-rate';
import { SPREAD_OF_FIGURE_RE } from '../lexicon/spread-words';
import { isYesNoQuestion } from '../rules/yes-no-question';
import type { ClaimContext, NumericExpression } from '../types';
import type { Measure } from '../judge';
import { byScore, type Candidate } from '../candidate';
import type { FigureSite } from '../subjects/order';
import { continuesKeyLevel, isKeyLevel, isKeyLevelAfter, isLevelsAnswer, isLevelsLeadIn } from '../rules/key-level';
import { isAnalystTarget, isAnalystTargetAfter } from '../rules/analyst-target';
import { isBeatBy } from '../rules/beat-by';
import { isWithinOfRound } from '../rules/within-of-round';
import { placedInOtherCountry } from '../lexicon/countries';
import { isDefinitionFigure } from '../rules/definition-figure';
import { isNeutralRate } from '../rules/neutral-rate';
import { isStockCount } from '../rules/stock-count';
import { isGapToTarget } from '../rules/gap-to-target';
import { isHistoricalAverage } from '../rules/historical-average';
import { isRelatedLink } from '../rules/related-link';
import { isForecastNounAfter } from '../rules/forecast-noun-after';
import { isTradingRange } from '../rules/trading-range';
import { isRoundBound, isRoundJourney, isRoundLandmark } from '../rules/round-bound';
import { isAverageTariff } from '../rules/average-tariff';
import { isSubgroupRate } from '../rules/subgroup-rate';
import { isBothMoved } from '../rules/both-moved';
import { isRecordGapColumn } from '../rules/record-gap-column';
import { type DatasetView, indicatorClass, onGrid } from '../dataset-view';
import {
  isAsMilestone,
  isCrossingNoun,
  isFirstCrossing,
  isNamedMilestone,
  isNearLevel,
  isReturnToRound,
  isStraddledLevel,
} from '../rules/threshold';
import { isVagueRange } from '../rules/vague-range';
import {
  basisNear,
  openingBasis,
  basisOfIndicator,
  basisSibling,
  isAnnualRateOfPrices,
  type Basis,
} from '../rules/growth-basis';
import { mayReportImplausible } from '../checks/implausible';
import { isRevisionSize } from '../rules/revision-size';
import { isOfficialEstimate, isEstimateConjunct } from '../rules/official-estimate';
import { companyMoveAt } from '../rules/company-move';
import { SENTENCE_RULES } from '../match-record';
import { measureOf, plausible, signedValue } from '../measure';
import { MIN_SCORE } from '../rules/weights';
import { isUnstatedQuarterMove } from '../rules/quarter-move';
import { isUnstatedMonthlyMove } from '../rules/monthly-move';
import { isCombinedHolding } from '../rules/combined-holders';
import { beyondRateMove } from '../rules/rate-move-size';
import { marketMoveNounAfter } from '../rules/market-move-noun';
import { isEffectiveRate } from '../rules/effective-rate';
import { isStreakThreshold } from '../rules/streak-threshold';
import { isInflationRateOf } from '../rules/inflation-rate-of';

/** How far before a sentence's figure words may name its growth basis ("shrank at an annualized 1.8%"). */
const BASIS_REACH = 40;
/** A rise of more than this many percent doubles a price: only a stated period makes it a market's move. */
const DOUBLING_PCT = 100;

/** A single country's holdings: jp.ust_holdings, not us.ust_foreign_total. */
const COUNTRY_HOLDINGS_RE = /^(?!us\.)[a-z]+\.ust_holdings$/;

/**
 * Example: "GDP expanded 4.5% from a year earlier": of the candidate subjects, best first, the
 * first whose kind, growth basis, unit and size fit the figure.
 */

export interface Choice {
  c: Candidate;
  measure: Measure;
  /** Taken though out of range, for the plausibility check to report. */
  implausible?: true;
  /** round-bound: not marked, but its subject is passed on ("held above 10,400 at 10,423.01"). */
  passOnly?: true;
}

/** ", then " between a level to watch and the next one. */
const THEN_GAP_RE = /^[\s\u00a0]*,?[\s\u00a0]*(?:and[\s\u00a0]+)?then[\s\u00a0]+(?:at[\s\u00a0]+)?[$€£¥]?$/i;

/** key-level-then: the figure before was a level to watch, and this one follows it with "then". */
function followsKeyLevel(s: FigureSite): boolean {
  if (!THEN_GAP_RE.test(s.text.slice(s.prevEnd, s.expr.start))) return false;
  const prev = s.kept[s.k - 1]!;
  const before = s.k > 1 ? s.kept[s.k - 2]!.end : s.span.start;
  return isKeyLevel(s.text.slice(Math.max(before, prev.start - 48), prev.start));
}

/** "73.70 U.S. cents", "73.70 cents US": a currency quoted in another's cents (us-cents-quote). */
const US_CENTS_AFTER_RE = /^[\s\u00a0]+(?:U\.?S\.?[\s\u00a0]+cents|cents[\s\u00a0]+U\.?S\.?)(?![\w.])/i;

/** "(" right after a move in basis points, before its restatement in percent. */
const OPEN_BRACKET_GAP_RE = /^[\s\u00a0]*\([\s\u00a0]*$/;

/** bracket-restated-move: a percentage in brackets right after a move in basis points of the same size. */
function restatesMoveInBrackets(s: FigureSite): boolean {
  const prev = s.kept[s.k - 1]!;
  if (prev.unit !== 'bp' || s.expr.unit !== 'percent') return false;
  if (!OPEN_BRACKET_GAP_RE.test(s.text.slice(s.prevEnd, s.expr.start))) return false;
  return Math.abs(prev.value - s.expr.value * 100) < 1e-6;
}

/** Where the clause of the figure before ends (its comma or semicolon), or the sentence's start when none stands between. */
function previousFigureClauseEnd(text: string, prevEnd: number, start: number, spanStart: number): number {
  if (prevEnd <= spanStart) return spanStart;
  const gap = text.slice(prevEnd, start);
  const cut = gap.search(/[,;]/);
  return cut < 0 ? spanStart : prevEnd + cut + 1;
}

/** goal-named: "its price goal is 2%", "the inflation objective of 2%": a bank's goal, which no rate or print is. */
const GOAL_BEFORE_RE =
  /\b(?:price|inflation|price[\s\u00a0-]+stability)[\s\u00a0]+(?:goal|aim|objective)[\s\u00a0]+(?:is|of|at|remains|stays|was)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|still[\s\u00a0]+)?$/i;
/** headed-question's first sign, read before the sentence's rest is: a colon right after the figure. */
const COLON_AFTER_RE = /^[\s\u00a0]*:/;

/** Why a figure gets no subject at all, whatever its candidates: each takes the figure's context. */
const DROP_ALL: readonly ((ctx: ClaimContext, s: FigureSite) => boolean)[] = [
  // goal-named: "The Bank of Japan's short-term rate is 0.25%, and its price goal is 2%".
  (_, s) => GOAL_BEFORE_RE.test(s.text.slice(Math.max(s.prevEnd, s.expr.start - 48), s.expr.start)),
  // "...will keep inflation around its 2% target": a forecast is not claimed, but a target is stated, whatever the verb.
  (ctx) => !!ctx.hypothetical && ctx.kind !== 'target',
  // "Key levels: support at 148.50": a chart level, not the indicator's figure.
  (_, s) => isKeyLevel(s.text.slice(Math.max(s.prevEnd, s.expr.start - 48), s.expr.start)),
  // levels-lead-in: "Levels we are watching: the 10-year yield at 4.40%, the S&P 500 at 5,700".
  (_, s) => isLevelsLeadIn(s.text, s.span.start),
  // levels-question: "Which levels are traders watching? $60,000 for bitcoin, ...".
  (_, s) => isLevelsAnswer(s.text, s.span.start, s.expr.start),
  // "flag $60,000 as the key support": the level before its cue.
  (_, s) => isKeyLevelAfter(s.text.slice(s.expr.end, Math.min(s.nextStart, s.expr.end + 80))),
  // key-level-conjunct: "9,500 as the next resistance for the FTSE 100 and $1.3550 for cable".
  (_, s) => s.k > 0 && continuesKeyLevel(s.text.slice(s.prevEnd, s.expr.start)),
  // key-level-then: "Gold: support at $2,650, then $2,600": the next level down the same list.
  (_, s) => s.k > 0 && followsKeyLevel(s),
  // or-more-bound: "its third straight annual gain of 20% or more".
  (_, s) => isOrMoreBound(s.text.slice(s.expr.end, s.expr.end + 16)),
  // needs-a-move: "the Kospi needs a gain of about 0.23% to reach it".
  (_, s) => isNeededMove(s.text.slice(Math.max(s.span.start, s.expr.start - 60), s.expr.start)),
  // above-the-benchmark: "left it $5.11 above the U.S. grade": a gap between two oil benchmarks, whoever carried it.
  (_, s) => isBenchmarkGap(s.expr, s.text),
  // bracket-restated-move: "lowered the rate by 25 basis points (0.25%)": the same move again, in percent.
  (_, s) => s.k > 0 && restatesMoveInBrackets(s),
  // asked-figure: "Can sterling get back to $1.40?": asked about, not stated.
  (_, s) => endsQuestion(s.text.slice(s.expr.end, Math.min(s.span.end, s.expr.end + 4))),
  // headed-question: "Nikkei 40,000: what would it take?".
  (_, s) =>
    COLON_AFTER_RE.test(s.text.slice(s.expr.end, Math.min(s.span.end, s.expr.end + 4))) &&
    headsQuestion(s.text.slice(Math.max(s.span.start, s.prevEnd), s.expr.start), s.text.slice(s.expr.end, s.span.end)),
  // withdrawn-figure: "an earlier version overstated the Nasdaq's opening gain as 2.4%": a correction's withdrawn figure.
  (_, s) => isWithdrawnFigure(s.text.slice(Math.max(s.span.start, s.expr.start - 120), s.expr.start)),
  // "lifted its year-end Nikkei target to 58,000": an analyst's target, not the index.
  (_, s) => isAnalystTarget(s.text.slice(Math.max(s.span.start, s.expr.start - 90), s.expr.start)),
  // target-after: "a 7,400 year-end 2026 target for the S&P 500".
  (_, s) => isAnalystTargetAfter(s.text.slice(s.expr.end, Math.min(s.span.end, s.expr.end + 40))),
  // "Gold above $4,000: five charts (29 Dec 2025)": a dated link to another story.
  (_, s) => !s.context && isRelatedLink(s.text),
  // gap-to-target: "1.5 percentage points above the BOJ's 2% target": a distance, not a figure.
  // Only a gap in points: "inflation at 3.4% above the 2% target" is still the rate.
  (_, s) =>
    (s.expr.unit === 'pp' || s.expr.unit === 'bp') &&
    isGapToTarget(s.text.slice(s.expr.end, Math.min(s.span.end, s.expr.end + 80))),
  // historical-average: "the S&P 500 has averaged a 14% gain in the six months after a first cut".
  (_, s) =>
    isHistoricalAverage(
      s.text.slice(Math.max(s.span.start, s.expr.start - 60), s.expr.start),
      s.text.slice(s.expr.end, Math.min(s.span.end, s.expr.end + 30)),
    ),
  // correlation-figure: "its correlation with the yen reached -0.8": a coefficient, not a level.
  (_, s) => isCorrelation(s.expr.value, s.text.slice(Math.max(s.span.start, s.expr.start - 90), s.expr.start)),
  // stock-count: "posted 36 new 52-week highs": a count of stocks, not the index.
  (_, s) => isStockCount(s.text.slice(s.expr.end, Math.min(s.nextStart, s.expr.end + 40))),
  // neutral-rate: "a neutral rate of 1.5–2.0%": an estimate, not the rate set.
  (_, s) => isNeutralRate(s.text.slice(Math.max(s.span.start, s.expr.start - 60), s.expr.start)),
  // beat-by: "payrolls beat the consensus by about 40,000": the size of a surprise, not a figure.
  (_, s) => isBeatBy(s.text.slice(Math.max(s.span.start, s.expr.start - 80), s.expr.start)),
  // definition-figure: "A bear market is usually defined as a 20% drop from a record".
  (_, s) =>
    s.expr.unit === 'percent' &&
    isDefinitionFigure(s.text.slice(Math.max(s.span.start, s.expr.start - 60), s.expr.start)),
  // within-of-round: "closed within about 280 points of 55,000": a threshold a distance runs to.
  (_, s) =>
    isWithinOfRound(
      s.text.slice(Math.max(s.span.start, s.expr.start - 60), s.expr.start),
      s.text.slice(s.expr.start, s.expr.end),
    ),
  // "against the 138,000 consensus": what was expected, not the release.
  (_, s) => isForecastNounAfter(s.text.slice(s.expr.end, Math.min(s.nextStart, s.expr.end + 90))),
  // company-move: "helped by a 3.2% jump in Stanbridge Devices": the company's move, unless the name is an alias.
  (_, s) => {
    if (s.expr.unit !== 'percent') return false;
    const at = companyMoveAt(
      s.text.slice(Math.max(s.span.start, s.expr.start - 8), s.expr.start),
      s.text.slice(s.expr.end, s.span.end),
    );
    if (at < 0) return false;
    const nameStart = s.expr.end + at;
    return !s.occs.some((o) => s.info.tokens[o.first]!.start === nameStart);
  },
  // official-estimate: "nudged their core PCE inflation estimate for the year up to 2.8%": an expectation.
  (_, s) =>
    isOfficialEstimate(s.text.slice(Math.max(s.prevEnd, s.expr.start - 90), s.expr.start)) ||
    isEstimateConjunct(s.text.slice(Math.max(s.span.start, s.expr.start - 160), s.expr.start)),
  // revision-size: "June's job gains were revised down by 9,000": a revision's size, not a figure.
  (_, s) => isRevisionSize(s.text.slice(Math.max(s.span.start, s.expr.start - 90), s.expr.start)),
  // "Is Kospi 5,000 next?": a question, not a figure stated.
  (_, s) => isYesNoQuestion(s.text.slice(s.span.start, s.span.end)),
  // "back above the 5% mark", "within reach of the 10,000 mark": a milestone, not the reading.
  (_, s) =>
    isNamedMilestone(
      // Source indents may stand between "the" and the figure: "the\n      10,000 mark".
      s.text.slice(Math.max(s.prevEnd, s.expr.start - 48), s.expr.start),
      s.text.slice(s.expr.end, Math.min(s.nextStart, s.expr.end + 16)),
      s.expr.text,
    ),
  // vague-range: "in the upper 159 yen range": a band, not a quote.
  (_, s) =>
    isVagueRange(
      s.text.slice(Math.max(s.prevEnd, s.expr.start - 12), s.expr.start),
      s.text.slice(s.expr.end, Math.min(s.nextStart, s.expr.end + 24)),
    ),
  // returned-to-round: "returning to 4,000 points, at 4,007.76": a round level got back to, not the reading.
  (_, s) => isReturnToRound(s.text.slice(Math.max(s.prevEnd, s.expr.start - 40), s.expr.start), s.expr.text),
  // crossing-noun: "giving back its Tuesday push above 100": the level crossed, not a reading.
  (_, s) => isCrossingNoun(s.text.slice(Math.max(s.prevEnd, s.expr.start - 60), s.expr.start)),
  // trading-range: "trading between 1.4280 and 1.4470": the ends of a range, not readings.
  (_, s) =>
    isTradingRange(
      s.text.slice(Math.max(s.prevEnd, s.expr.start - 60), s.expr.start),
      s.k > 0 ? s.text.slice(s.prevEnd, s.expr.start) : undefined,
      s.k > 0 ? s.text.slice(Math.max(s.span.start, s.kept[s.k - 1]!.start - 60), s.kept[s.k - 1]!.start) : undefined,
    ),
  // record-gap-column: a cell under "Monday vs. record" is a distance from a peak, not a move between two closes.
  (ctx, s) => ctx.kind === 'change' && !!s.context && isRecordGapColumn(s.context),
  // both-moved: "the 2-year and 10-year yields both moved 9 basis points": a size with no way, shared by two subjects.
  (_, s) => isBothMoved(s.text.slice(Math.max(s.prevEnd, s.expr.start - 40), s.expr.start)),
  // straddled-level: "trading on both sides of $100,000": a round level crossed back and forth.
  (_, s) => isStraddledLevel(s.text.slice(Math.max(s.prevEnd, s.expr.start - 40), s.expr.start)),
  // as-milestone: "flagged ... 160 yen as a line that could draw intervention".
  (_, s) => isAsMilestone(s.text.slice(s.expr.end, Math.min(s.span.end, s.expr.end + 60))),
  // near-level: "a step from 5,000", "within reach of 60,000": a level still to be reached.
  (_, s) => isNearLevel(s.text.slice(Math.max(s.prevEnd, s.expr.start - 40), s.expr.start)),
  // "first closed above 4,500 on Jan. 6, at 4,525.48": the crossing; the close after it is the claim.
  (_, s) =>
    s.k + 1 < s.kept.length &&
    isFirstCrossing(
      s.text.slice(Math.max(s.prevEnd, s.expr.start - 40), s.expr.start),
      s.text.slice(s.expr.end, s.nextStart),
    ),
];

/**
 * The subject taken, or, when none fits but one was far out of range with its name beside it, that
 * one (the plausibility check reports it). `ctx` is null when there are no candidates.
 */
export function chooseSubject(cands: Candidate[], s: FigureSite, ctx: ClaimContext | null): Choice | null {
  if (!ctx) return null;
  for (const drop of DROP_ALL) if (drop(ctx, s)) return null;
  if (cands.length > 1) byScore(cands);
  const { expr, text, span, catalogue } = s;
  let outOfRange: Choice | null = null;
  let claimBasis: Basis | 'none' | null = null;
  for (let c of cands) {
    if (c.score < MIN_SCORE) break;
    const ck = ctx.kind;
    if (ck === 'share' && c.indicator.kind !== 'share') continue;
    if (c.indicator.kind === 'share' && ck !== 'share' && expr.unit === 'percent' && !c.namesShare) continue;
    if (ck === 'target' && c.indicator.kind !== 'target') continue;
    // target-not-move: "Starbucks fell 5% following a price target cut": a target is stated, it does not move by a figure.
    if (c.indicator.kind === 'target' && ck === 'change') continue;
    if (c.indicator.kind === 'rate' && ck === 'change' && expr.unit === 'percent' && beyondRateMove(expr.value))
      continue;
    if (c.indicator.kind === 'rate' && marketMoveNounAfter(text.slice(expr.end, expr.end + 16))) continue;
    if (c.indicator.kind === 'rate' && rangeOnSingleRate(c.indicator.id, expr)) continue;
    // rate-grid: "leapt 12 basis points to 4.17%" is no set rate, which moves by quarter points (or twentieths).
    if (c.indicator.kind === 'rate' && offRateGrid(catalogue.view, c.indicator.id, expr)) continue;
    // us-cents-quote: "C$1.3569, or 73.70 U.S. cents for the loonie": the pair quoted the other way up, in cents.
    if (c.indicator.kind === 'fx' && US_CENTS_AFTER_RE.test(text.slice(expr.end, expr.end + 20))) continue;
    // effective-rate: "the benchmark rate at an effective 4.33%" is the market rate, not the one set.
    if (
      c.indicator.kind === 'rate' &&
      (isEffectiveRate(text.slice(Math.max(span.start, expr.start - 50), expr.start)) ||
        isInflationRateOf(text.slice(Math.max(span.start, expr.start - 60), expr.start)))
    )
      continue;
    // policy-rate-column (subjects/bank-rate.ts): a cell under "Policy rate" is no inflation reading.
    if (c.indicator.kind === 'inflation' && s.context && underPolicyRateColumn(s.context)) continue;
    // subgroup-rate: "the jobless rate for teenagers climbed to 16.3 percent": a group's rate, not the headline.
    if (c.indicator.kind === 'labour' && isSubgroupRate(text.slice(Math.max(span.start, expr.start - 70), expr.start)))
      continue;
    // average-tariff: "tariffs on Chinese goods, averaging 25 per cent": not the rate set on the partner.
    if (c.indicator.kind === 'tariff' && isAverageTariff(text.slice(Math.max(span.start, expr.start - 50), expr.start)))
      continue;
    // combined-holders: "together with China the two creditors held $1.88 trillion" is no one country's.
    if (
      COUNTRY_HOLDINGS_RE.test(c.indicator.id) &&
      isCombinedHolding(text.slice(Math.max(span.start, expr.start - 90), expr.start), text.slice(expr.end, span.end))
    )
      continue;
    // other-country-after (lexicon/countries.ts): "against 5.25%-5.50% in the U.S." is no BOJ rate.
    // A tariff is one country's on another's goods: "25% on cars from Japan" names the partner, not the setter.
    if (c.indicator.kind !== 'tariff' && placedInOtherCountry(text.slice(expr.end, expr.end + 30), c.indicator.id))
      continue;
    // "expanded 4.5% from a year earlier" is not a quarter-on-quarter annualized rate.
    const ib = basisOfIndicator(c.indicator);
    if (ib) {
      if (claimBasis === null) {
        // basis-of-previous-figure: "Japan GDP Shrinks 1.8% Annualized, Core CPI at 3.0%": words after the figure
        // before, up to its clause's end, measure that figure.
        const ownFrom = previousFigureClauseEnd(text, s.prevEnd, expr.start, span.start);
        claimBasis = basisNear(
          text,
          expr.start,
          expr.end,
          // cell-basis: a table cell's basis may sit anywhere in its headers ("Japan real GDP · Annualized · Jul-Sep
          // 2025 · preliminary · −1.8%"), further back than a sentence's own words reach.
          Math.max(ownFrom, s.cell ? span.start : expr.start - BASIS_REACH),
          Math.min(span.end, expr.end + 50, nextFigureClause(text, expr.end, s.nextStart)),
          ownFrom,
        );
        if (claimBasis === 'none') claimBasis = openingBasis(text, span.start);
      }
      // monthly-move: "consumer prices rising by 0.4% in August" with no year-over-year words.
      // Another country's rate is no fallback for it: the figure gets no subject.
      if (claimBasis === 'none' && ib === 'yoy' && isUnstatedMonthlyMove(c.indicator, expr.value)) return null;
      // quarter-move: "Chinese output expanded 1.3% in the last quarter": the quarter's change, not the annual rate.
      if (claimBasis === 'none' && ib === 'yoy' && isUnstatedQuarterMove(c.indicator, expr.value)) return null;
      if (
        claimBasis !== 'none' &&
        claimBasis !== ib &&
        !isAnnualRateOfPrices(c.indicator, claimBasis, text.slice(span.start, span.end))
      ) {
        const sibling = basisSibling(c.indicator, claimBasis, catalogue.dataset.indicators);
        if (!sibling) continue;
        c = { ...c, indicator: sibling, alias: `${c.alias} (${claimBasis} named)` };
      }
    }
    const measure = measureOf(expr, ctx, c.indicator, !!s.cell);
    if (!measure) continue;
    const value = signedValue(expr, ctx, measure, c.indicator, c.subjectCurrency);
    // pct-change-band: a move beyond 100% is a market's only over a period the sentence states
    // ("up 141.3% since the end of 2024"), never "the best year since 1979, when it rose 130%".
    const undatedLeap = measure === 'pctChange' && Math.abs(value) > DOUBLING_PCT && !ctx.period;
    if (undatedLeap || !plausible(catalogue.view, c.indicator, measure, value)) {
      // Far out of range with its subject named beside it: kept for the plausibility check to report.
      // priced-in-currency: "fell 2.31 percent to 8,412 yen" is a share's price, not the pair far out of range.
      // carried-not-reported: "Samsung Electronics soared 6.07 percent to 94,400 won" after a sentence on the
      // KOSPI: a subject carried from another sentence, far out of range, is the wrong subject, not a slip.
      if (
        !outOfRange &&
        SENTENCE_RULES.has(c.rule === 'same-subject-chain' ? (s.prevMatch?.rule ?? c.rule) : c.rule) &&
        !(c.indicator.kind === 'fx' && expr.currency) &&
        mayReportImplausible(measure, c.indicator, c.score, expr.unit === 'points', expr.precision)
      )
        outOfRange = { c, measure, implausible: true };
      continue;
    }
    // spread-of-figure (lexicon/spread-words.ts): "at a spread of about 60 basis points" is no yield or rate.
    if (
      (c.indicator.kind === 'yield' || c.indicator.kind === 'rate') &&
      SPREAD_OF_FIGURE_RE.test(text.slice(Math.max(span.start, expr.start - 40), expr.start))
    )
      continue;
    // streak-threshold: "the second straight year above 5%": a threshold a run of readings kept to.
    if (
      measure === 'level' &&
      isStreakThreshold(text.slice(Math.max(s.prevEnd, expr.start - 40), expr.start), expr.text)
    )
      return { c, measure, passOnly: true };
    // round-bound: "Gold holds above $3,300", "Nikkei tops 40,000": a round threshold, not the reading.
    if (
      measure === 'level' &&
      // A market's round level is a threshold it crosses; not a holding's, a rate's or a tariff's.
      indicatorClass(c.indicator) === 'market' &&
      (isRoundBound(text.slice(Math.max(s.prevEnd, expr.start - 48), expr.start), expr.text, c.indicator.kind) ||
        // round-journey: "rose from 3,000 to 4,000": milestones, not readings.
        isRoundJourney(
          text.slice(Math.max(span.start, expr.start - 48), expr.start),
          expr.text,
          text.slice(expr.end, Math.min(span.end, expr.end + 24)),
          c.indicator.kind,
        ) ||
        isRoundLandmark(expr.text, text.slice(expr.end, Math.min(span.end, expr.end + 24)), c.indicator.kind))
    )
      return { c, measure, passOnly: true };
    return { c, measure };
  }
  return outOfRange;
}

/**
 * next-figure-basis: "shrank 0.4% in July-September, an annualized contraction of 1.8%": the words in the
 * next figure's own clause (after the last comma before it) measure that figure, not this one.
 */
function nextFigureClause(text: string, end: number, nextStart: number): number {
  if (nextStart <= end) return Number.POSITIVE_INFINITY;
  const between = text.slice(end, nextStart);
  const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'));
  return cut >= 0 ? end + cut : Number.POSITIVE_INFINITY;
}

/** Whether a percent or basis-point figure lies off the grid the rate's stored values all lie on. */
function offRateGrid(view: DatasetView, id: string, expr: NumericExpression): boolean {
  const v = expr.unit === 'percent' ? expr.value : expr.unit === 'bp' ? expr.value / 100 : null;
  if (v === null) return false;
  const grid = view.grid(id);
  if (onGrid(v, grid)) return false;
  // range-midpoint: "the Fed's benchmark rate is 3.63%" is the middle of a quarter-point range, rounded (a level:
  // no move is written in basis points that way).
  if (expr.unit !== 'percent') return true;
  const steps = (v - grid / 2) / grid;
  return Math.abs(steps - Math.round(steps)) * grid > MIDPOINT_ROUNDING;
}

/** How far a midpoint written to two decimals ("3.63" for 3.625) stands from it. */
const MIDPOINT_ROUNDING = 0.006;
