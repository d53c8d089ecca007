import { endsALongerSpan } from '../rules/span-end-level';
import { namesFirstRelease } from './first-release';
import { belowRecordAfter } from '../judge/below-record';
import type { Claim, ClaimContext, NumericExpression } from '../types';
import { pastRecordBefore, datedRecordBefore } from '../judge/past-record';
import type { Catalogue } from '../catalogue';
import type { Choice } from './choose';
import { judge } from '../judge';
import { otherBenchmark } from '../judge/either-benchmark';
import { pointsToOtherTime } from '../judge/other-time';
import { measuredFromDay } from '../judge/since-day';
import { quotesEarlierEstimate } from '../judge/earlier-estimate';
import { extremeAfter, movesAsMuchAs } from '../judge/as-much-as';
import { HEDGED_LEVEL_RE } from '../judge/hedged-level';
import { approximateRound } from '../judge/approx-round-move';
import { withinSession } from '../judge/within-session-move';
import { namesAverage } from '../judge/average-quote';
import { AUCTION_PRICE_SERIES } from '../judge/spot-series';
import { atNewYorkNoon, namesAuction, namesEcbReference } from '../judge/fixing';
import { hadStoodBefore } from '../judge/had-stood';
import { PREVIEW_RE } from '../judge/release-day-edition';
import { intradayExtremeBefore, pastToRecord, peakBeforeClose } from '../judge/intraday-extreme';
import { openingLevelBefore } from '../judge/opening-level';
import { presentLevelBefore } from '../judge/present-level';
import { snapshotHeaders } from '../rules/snapshot-cell';
import { aboutRoundHalfStep } from '../rules/about-round';
import { presentMoveBefore } from '../judge/writing-day-move';
import { perfectMoveBefore } from '../judge/span-to-date';
import { NUMBER_WORDS } from '../lexicon/number-words';
import {
  ANNOUNCED_RE,
  AT_CLOSE_RE,
  CLOSE_HEADER_RE,
  FROM_END_RE,
  MOVE_END_RE,
  PENDING_RE,
  SESSION_REF_RE,
  THREAT_RE,
  boundOf,
} from '../endpoints';
import { fromPastLevel } from '../context';
import { matchRecord } from '../match-record';
import { IN_PROGRESS_RE } from '../judge/week-in-progress';
import { OFF_HOURS_RE } from '../judge/off-hours';
import { cumulativeSince } from '../judge/cumulative-since';
import { isQuoteSide, signedValue, pipSize } from '../measure';
import { RECENT_DECISION_DAYS, previousDecisionCell, previousSessionCell } from '../rules/previous-session-cell';
import { indicatorClass } from '../dataset-view';
import { variantUnnamed } from '../rules/variant-unnamed';
import { namedBases, type NamedBase } from '../judge/named-base';
import { releaseWords, type ReleaseWords } from '../judge/stale-as-latest';
import { marketDayAt } from '../judge/market-day';

/** How far after a level span-end-level reads for its move (", up 12.88%"). */
const SPAN_MOVE_AFTER_CHARS = 30;

/** stated-average: "bullion averaged $4,721 in May", "an average of $4,228": the figure is a period's average. */
/** overnight-session: "Overnight in New York", "on Wall Street overnight": a market's last session, seen from Asia. */
/**
 * A clock time beside a quote: "at 5 p.m. Thursday", "at 4 p.m.", "14:00 GMT"; part-of-day: "on Friday
 * morning", "in early trade", "intraday": an hour's price, not the day's close.
 */
const CLOCK_TIME_RE =
  /\b\d{1,2}(?::\d\d)?[\s\u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d[\s\u00a0]*(?:GMT|ET|JST|BST|CET)\b|\b(?:morning|midday|lunchtime|intraday|(?:early|late)[\s\u00a0]+(?:trade|trading|deals|dealing))\b/i;
/** as-of-clock: "gold fell 8.5% to $4,866.60 as of 4pm ET, while silver sank to $81.93": one hour for the sentence's prices. */
const AS_OF_CLOCK_RE = /\bas[\s\u00a0]+of[\s\u00a0]+\d{1,2}(?::\d\d)?[\s\u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
/** close-caption: a table captioned "Asia at the close, April 16": its level cells are closes. */
const AT_THE_CLOSE_CAPTION_RE = /^[^·]*\bat[\s\u00a0]+the[\s\u00a0]+(?:close|closing[\s\u00a0]+bell)\b/i;
/** A decision verb before a rate's level: "kept Bank Rate at", "lowered the cash rate to". */
const DECISION_VERB_RE =
  /\b(?:kept|held|left|maintained|cut|raised|lowered|hiked|trimmed|reduced|lifted)\b[^.;:!?\d]{0,40}\b(?:at|to)[\s\u00a0]+$/i;
/** A sentence that speaks of a close: its moves are close to close (writing-day-move). */
const CLOSE_WORDS_RE = /\b(?:closed|closing|close|ended|ending|finished|finishing|settled|settling)\b/i;
const OVERNIGHT_RE = /\bovernight\b/i;
/**
 * latest-named-stale: "The latest CPI reading was ", "the most recent print showed prices up ".
 * latest-for-month: "The most recent CPI reading, for August, showed prices up ": the month set off by commas, or an
 * aside: "The latest reading showed core CPI, which excludes fresh food, running at ".
 */
const CALLED_LATEST_RE =
  /\b(?:latest|most[\s\u00a0]+recent)\b[^.;,:\d]{0,40}(?:,[\s\u00a0]*(?:for|which|that)\b[^.;,:\d]{0,40},[^.;,:\d]{0,30})?$/i;
/** How far back before a level "latest" is looked for (past a month set off by commas). */
const CALLED_LATEST_REACH = 100;
const STATED_AVERAGE_RE = /\b(?:averaged|averaging|average[\s\u00a0]+of|on[\s\u00a0]+average)\b[^.;!?]{0,24}$/i;

/** Example: "the Nikkei 225 rose 1.2%" becomes a claim: value in the indicator's unit, match record, verdict. */

export interface Figure {
  /** The block's index, the figure, and how far its offsets are shifted by a cell's headers. */
  readonly b: number;
  readonly expr: NumericExpression;
  readonly shift: number;
  /** The block's text and the figure's sentence in it. */
  readonly text: string;
  readonly span: { readonly start: number; readonly end: number };
  /** The sentence, trimmed, as the card shows it. */
  readonly sentence: string;
}

/** A figure nothing in its sentence can name: reported as a bare number (for --all). */
export function bareClaim(f: Figure): Claim {
  const { expr } = f;
  // Written out, not spread: spreading made every claim object slower to build and use.
  return {
    block: f.b,
    start: expr.start - f.shift,
    end: expr.end - f.shift,
    text: expr.text,
    sentence: f.sentence,
    value: expr.value,
    unit: expr.unit,
    kind: 'level',
    period: null,
    indicator: null,
    matchedAlias: null,
    match: null,
    judgement: null,
  };
}

/** "traded at", "was quoted at", "hovered near": a price during the day. */
const TRADED_AT_RE = /\b(?:traded|trading|trades|changed[\s\u00a0]+hands|quoted|hovered|hovering)\b[^.;:!?\d]{0,30}$/i;

// The figures of a sentence are emitted one after another: its sentence-wide tests are run once for
// all of them (lazily, as before), not once per figure.
let testedSentence: string | null = null;
let otherTimeMemo: boolean | undefined;
/** Words of a total of several decisions: "a combined 75 basis points", "in all", "since June 2024", "this cycle". */
const CUMULATIVE_RE =
  /\b(?:combined|cumulative(?:ly)?|in total|in all|all told|since|so far|(?:this|the|easing|tightening|rate-cutting|cutting|hiking)[\s\u00a0-]+cycle|(?:its|the)[\s\u00a0]+[\d.]+%[\s\u00a0]+peak|last (?:two|three|four|five|six|seven|eight) (?:meetings|decisions))\b/i;
const COUNTED_DECISIONS_RE =
  /\blast (two|three|four|five|six|seven|eight) (?:meetings|decisions|policy meetings)\b|\b(two|three|four|five|six|seven|eight) (?:straight|consecutive|successive) (?:cuts|hikes|reductions|increases)\b/i;

/** "at its last three meetings", "three straight cuts": the number of decisions a total runs over. */
function decisionsCounted(sentence: string): number | undefined {
  const m = COUNTED_DECISIONS_RE.exec(sentence);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  return word ? NUMBER_WORDS[word] : undefined;
}

/** Words naming a once-a-day number: "closed at", "the noon rate", "was fixed at", "settled at", "(Wed close)". */
const ONCE_A_DAY_RE =
  /\b(?:clos(?:e|ed|es|ing)|ended|finished|settled|settlement|noon|fix|fixed|fixing|reference[\s\u00a0]+rate|auction|afternoon[\s\u00a0]+price)\b/i;
/** Words that name the London auction in a sentence: its moves are the auction's. */
const AUCTION_WORDS_RE = /\b(?:auction|LBMA|fix|fixing|afternoon[\s\u00a0]+price|noon[\s\u00a0]+price)\b/i;
let announcedMemo: boolean | undefined;
let threatMemo: boolean | undefined;
let pendingMemo: boolean | undefined;
let sessionRefMemo: boolean | undefined;
let previewMemo: boolean | undefined;
let overnightMemo: boolean | undefined;
let offHoursMemo: boolean | undefined;
let onceADayMemo: boolean | undefined;
let namedBasesMemo: readonly NamedBase[] | undefined;
let releaseWordsMemo: ReleaseWords | undefined;

function sameSentence(sentence: string): void {
  if (sentence === testedSentence) return;
  testedSentence = sentence;
  otherTimeMemo =
    announcedMemo =
    threatMemo =
    pendingMemo =
    sessionRefMemo =
    previewMemo =
    overnightMemo =
    offHoursMemo =
    onceADayMemo =
    namedBasesMemo =
    releaseWordsMemo =
      undefined;
}

/**
 * The claim of a figure, with its subject (or none) and its judgement. `ctx` is the figure's
 * context if it was read; `headerTokens` how many tokens a cell's headers took.
 */
export function claimOf(
  f: Figure,
  best: Choice | null,
  ctx: ClaimContext | null,
  headerTokens: number,
  published: string,
  catalogue: Catalogue,
  /** The publication and last-update instants with their zones, when the page gives them (after-close.ts, market-day.ts). */
  { publishedAt, updatedAt }: { publishedAt?: string | undefined; updatedAt?: string | undefined } = {},
): Claim {
  const { expr, text, span } = f;
  const indicator = best?.c.indicator ?? null;
  const measure = best?.measure ?? 'level';
  const value = indicator && ctx ? signedValue(expr, ctx, measure, indicator, best?.c.subjectCurrency) : expr.value;
  const unit = !indicator ? expr.unit : measure === 'pctChange' || measure === 'ppChange' ? 'percent' : indicator.unit;
  const lead = text.slice(Math.max(span.start, expr.start - 48), expr.start);
  // dated-record (judge/past-record.ts): "its Dec. 6 closing high of" before a level.
  const datedRecord = measure === 'level' && datedRecordBefore(lead);
  const halfStep =
    measure === 'ppChange' && expr.unit === 'bp'
      ? expr.precision / 200
      : expr.unit === 'pips' && indicator
        ? (expr.precision * pipSize(indicator)) / 2
        : ((measure === 'level' ? aboutRoundHalfStep(lead, expr.value, expr.precision) : null) ?? expr.precision / 2);
  const range = expr.range && measure === 'level' ? expr.range : undefined;
  // previous-session-cell: only a daily series has a session before; a monthly row's "Previous" is read elsewhere.
  // yearly-rate-span: "The most recent CPI report showed consumer prices up 3.8% on the year": a released rate's level
  // is of a month or a quarter; a span read beside it ("on the year") is how the rate is measured, not its period.
  const spanOfRate =
    measure === 'level' && ctx?.period?.type === 'span' && indicator && indicatorClass(indicator) === 'periodic';
  const period = spanOfRate
    ? null
    : (ctx?.period ?? (indicator && measure === 'level' && headerTokens > 0 ? previousCell() : null));
  function previousCell() {
    const headers = text.slice(0, f.shift);
    // A market is quoted by the session; a policy rate's "Previous" is the rate before its last decision (a
    // tariff's "Before" column is read by before-column).
    if (indicatorClass(indicator!) === 'market') return previousSessionCell(headers, published);
    if (indicator!.kind !== 'rate') return null;
    return previousDecisionCell(
      headers,
      catalogue.view.pointOnOrBefore(indicator!.id, published, RECENT_DECISION_DAYS)?.date,
    );
  }
  const match =
    best && ctx
      ? matchRecord(
          best.c,
          period === ctx.period ? ctx : { ...ctx, period },
          headerTokens,
          variantUnnamed(best.c.indicator, best.c.catalogueAlias, text, span.start, expr.start),
        )
      : null;
  if (indicator) sameSentence(f.sentence);
  // market-day: an undated market figure is of a day its market had reached when the page was written.
  const market =
    indicator && !period && indicatorClass(indicator) === 'market'
      ? marketDayAt(indicator.id, published, publishedAt, updatedAt)
      : null;
  const sessionDay = market && market.day < published ? market.day : undefined;
  const pastDistance = !!indicator && measure !== 'level' && fromPastLevel(text.slice(expr.end, expr.end + 80));
  const judgement = indicator
    ? judge(catalogue.view, {
        indicator,
        value,
        range,
        halfStep,
        measure,
        quoteSide: measure === 'pctChange' && isQuoteSide(indicator, best?.c.subjectCurrency),
        period,
        published,
        publishedAt,
        updatedAt,
        sessionDay,
        sessionSure: market?.sure,
        fromEnd: measure === 'level' && FROM_END_RE.test(lead),
        atClose:
          measure === 'level' &&
          (AT_CLOSE_RE.test(lead) ||
            (headerTokens > 0 && (CLOSE_HEADER_RE.test(lead) || AT_THE_CLOSE_CAPTION_RE.test(text.slice(0, f.shift))))),
        moveEnd: measure === 'level' && MOVE_END_RE.test(lead),
        bound: boundOf(lead),
        pastLevel:
          match?.rule === 'its-level' ||
          datedRecord ||
          (measure === 'level' && pastRecordBefore(lead)) ||
          // span-end-level (rules/span-end-level.ts): "the Dow ended at 42,544.22, up 12.88%".
          (measure === 'level' &&
            !period &&
            endsALongerSpan(catalogue.view, indicator, text.slice(expr.end, expr.end + SPAN_MOVE_AFTER_CHARS))),
        datedRecord,
        calledLatest:
          measure === 'level' &&
          CALLED_LATEST_RE.test(text.slice(Math.max(span.start, expr.start - CALLED_LATEST_REACH), expr.start)),
        otherTime: !period && (otherTimeMemo ??= pointsToOtherTime(f.sentence)),
        pastDistance,
        // Read only where a judge rule can use them: an undated move, or a distance from an earlier level.
        namedBases:
          measure !== 'level' && (!period || pastDistance)
            ? (namedBasesMemo ??= namedBases(f.sentence, published))
            : undefined,
        releaseWords:
          measure === 'level' && (!period || (period.type === 'point' && period.period.length === 7))
            ? (releaseWordsMemo ??= releaseWords(f.sentence, published))
            : undefined,
        belowRecord: measure === 'pctChange' && belowRecordAfter(text.slice(expr.end, expr.end + 60)),
        atNoonFixing:
          measure === 'level' &&
          atNewYorkNoon(
            text.slice(expr.end, expr.end + 60),
            text.slice(Math.max(span.start, expr.start - 90), expr.start),
            published,
          ),
        presentLevel:
          measure === 'level'
            ? (presentLevelBefore(lead, text.slice(expr.end, expr.end + 70)) ??
              (headerTokens > 0 &&
              !period &&
              indicatorClass(indicator) === 'step' &&
              snapshotHeaders(text.slice(0, f.shift), published)
                ? 'snapshot'
                : undefined))
            : undefined,
        hadStood: measure === 'level' && hadStoodBefore(lead),
        average: measure === 'level' && STATED_AVERAGE_RE.test(lead.slice(-40)),
        firstRelease:
          measure === 'level' &&
          namesFirstRelease(
            text.slice(span.start, span.end),
            expr.start - span.start,
            expr.end - span.start,
            headerTokens > 0,
          ),
        earlierEstimate: quotesEarlierEstimate(lead, text.slice(expr.end, expr.end + 70)),
        extremeMove: measure !== 'level' && (movesAsMuchAs(lead) || extremeAfter(text.slice(expr.end, expr.end + 40))),
        withinSession:
          measure !== 'level' &&
          withinSession(
            text.slice(Math.max(span.start, expr.start - 120), expr.start),
            text.slice(expr.end, expr.end + 48),
          ),
        approxRound: measure !== 'level' && approximateRound(lead, expr.value, expr.precision),
        hedged: measure === 'level' && HEDGED_LEVEL_RE.test(lead.slice(-24)),
        presentMove: measure !== 'level' ? presentMoveBefore(lead) : null,
        perfectMove: measure !== 'level' && perfectMoveBefore(lead),
        // Not for "it": a total carried by a pronoun may be another bank's ("the rate" after a bank named is its own).
        cumulative: measure !== 'level' && match?.rule !== 'pronoun-it' && CUMULATIVE_RE.test(f.sentence),
        cumulativeCount: measure !== 'level' ? decisionsCounted(f.sentence) : undefined,
        cumulativeSince: measure !== 'level' ? cumulativeSince(f.sentence) : undefined,
        inProgress: measure !== 'level' && IN_PROGRESS_RE.test(f.sentence),
        offHours: (offHoursMemo ??= OFF_HOURS_RE.test(f.sentence)),
        // Read only for the series they concern: most figures are neither.
        ecbReference:
          measure === 'level' &&
          indicator.id === 'fx.eurusd' &&
          namesEcbReference(text.slice(Math.max(span.start, expr.start - 120), expr.start)),
        atAuction:
          measure === 'level' &&
          AUCTION_PRICE_SERIES.has(indicator.id) &&
          namesAuction(lead, text.slice(expr.end, expr.end + 60)),
        // A move is the auction's when its sentence names the auction at all ("the afternoon price fell 2%").
        auctionNamed:
          measure !== 'level' && AUCTION_PRICE_SERIES.has(indicator.id) && AUCTION_WORDS_RE.test(f.sentence),
        onceADay: measure === 'level' && (onceADayMemo ??= ONCE_A_DAY_RE.test(f.sentence)),
        tradedAt: measure === 'level' && TRADED_AT_RE.test(lead),
        movedTo: measure === 'level' && !!ctx?.direction,
        averageWord: measure === 'level' && namesAverage(lead),
        overnight: measure !== 'level' && (overnightMemo ??= OVERNIGHT_RE.test(f.sentence)),
        extreme:
          measure === 'level' && !AT_CLOSE_RE.test(lead)
            ? (intradayExtremeBefore(text.slice(Math.max(span.start, expr.start - 120), expr.start)) ??
              peakBeforeClose(lead, text.slice(expr.end, span.end)) ??
              pastToRecord(lead, text.slice(expr.end, Math.min(span.end, expr.end + 60))) ??
              (openingLevelBefore(lead) ? 'open' : undefined))
            : undefined,
        sinceDay: measure !== 'level' && measuredFromDay(text.slice(expr.end, expr.end + 40)),
        closeWords: measure !== 'level' && CLOSE_WORDS_RE.test(f.sentence),
        decisionVerb: measure === 'level' && DECISION_VERB_RE.test(lead),
        clockTime:
          measure === 'level' &&
          (CLOCK_TIME_RE.test(text.slice(Math.max(span.start, expr.start - 30), expr.end + 30)) ||
            AS_OF_CLOCK_RE.test(f.sentence)),
        announced: measure === 'level' && (announcedMemo ??= ANNOUNCED_RE.test(f.sentence)),
        threatened: measure === 'level' && (threatMemo ??= THREAT_RE.test(f.sentence)),
        pending: measure === 'level' && (pendingMemo ??= PENDING_RE.test(f.sentence)),
        sessionRef: measure === 'level' && (sessionRefMemo ??= SESSION_REF_RE.test(f.sentence)),
        preview: measure === 'level' && (previewMemo ??= PREVIEW_RE.test(f.sentence)),
        confidence: match?.confidence ?? 0,
        alsoCompare:
          otherBenchmark(indicator, best!.c.catalogueAlias, (id) => catalogue.matcher.byId.get(id)) ?? undefined,
      })
    : null;
  return {
    block: f.b,
    start: expr.start - f.shift,
    end: expr.end - f.shift,
    text: expr.text,
    sentence: f.sentence,
    value,
    unit,
    kind: measure === 'level' ? (!ctx || ctx.kind === 'change' ? 'level' : ctx.kind) : 'change',
    period,
    indicator,
    matchedAlias: best?.c.alias ?? null,
    match,
    judgement,
    step: halfStep * 2,
    direction: ctx?.direction ?? undefined,
    implausible: best?.implausible,
    ...(judgement?.readDay ? { sessionDay: judgement.readDay } : {}),
  };
}
