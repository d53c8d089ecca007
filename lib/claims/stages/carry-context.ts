import type { ClaimContext, ClaimPeriod, NumericExpression } from '../types';
import { leadPeriod, moveFromAgo, weekUpTo, type Found } from '../periods';
import { CORE_NOUN_RE } from '../subjects/core-after-headline';
import { restatesPrevious } from '../subjects/same-subject-chain';
import { levelEndsAMove, sharesPeriod } from '../rules/parallel-period';
import { whileParallel } from '../rules/while-parallel';
import { isRunningTotal } from '../rules/running-total';
import { levelEllipsis } from '../rules/level-ellipsis';
import { priorReading } from '../rules/prior-reading';
import { endsTheMove } from '../rules/level-after-move';
import { sinceStartLevel, whenItStood } from '../rules/since-start-level';
import { continuesForecast } from '../rules/forecast-conjunct';
import { isPreviousCell, isPreviousRateCell, previousCellPeriod } from '../rules/previous-cell';
import { isPrevCloseCell, prevClosePeriod } from '../rules/prev-close-column';
import { isExtremeCell } from '../rules/extreme-cell';
import { changeColumn } from '../rules/change-column';
import { CELL_JOIN } from './read-block';
import { thatTimeDay } from '../rules/that-time';
import { nowDistance } from '../rules/now-distance';
import { currentYearToDate } from '../rules/current-year';
import { startedTheSpan } from '../rules/started-the-span';
import { fromSpanStart } from '../rules/from-span-start';
import { yearCloseMove } from '../rules/year-close-move';
import { weekOfDatedLevel } from '../rules/week-of-dated-level';

/**
 * A figure's context, carried on from its neighbours and its table cell: after readContext (context.ts)
 * has read the figure's own words, the figure before it, the sentence's opening period, a list heading
 * and a cell's column may still give it a kind, a direction, a period or make it a forecast.
 */
export interface CarrySite {
  text: string;
  expr: NumericExpression;
  /** The figure's index among the sentence's figures. */
  k: number;
  /** Where the figure before ends (or the sentence starts). */
  prevEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  published: string;
  /** The figure before's context, when it was read. */
  before: ClaimContext | null;
  /** Reads the figure before's context, if it was not read (a forecast with no subject still carries on). */
  previous: (() => ClaimContext) | null;
  /** The context of the figure two before, when it was read ("slipped 8 bp on the week to 3.84% from 3.88%"). */
  twoBefore: ClaimContext | null;
  phrases: () => Found[];
  /** A table cell's headers; undefined in running text. */
  context: string | undefined;
  /** The period a list heading gives its short items. */
  itemPeriod: ClaimPeriod | null;
  /** Whether the cell is under "Consensus", "Forecast" or a key-levels column. */
  forecastCell: () => boolean;
}

/** "(advance)", "(first estimate)" right after a cell's figure: the period's first print. */
const FIRST_PRINT_AFTER_RE =
  /^[\s\u00a0]*\([\s\u00a0]*(?:advance|initial|first(?:[\s\u00a0]+(?:estimate|print|release|reading))?)[\s\u00a0]*\)/i;

/** "for the week", "on the month": a span told right after its move. */
const FOR_THE_SPAN_RE = /^(?:for|on|over)[\s\u00a0]+the[\s\u00a0]+(?:week|month)$/i;

/** What stands between the two ends of "from 3.97% to 4.30%". */
const FROM_TO_GAP_RE =
  /^[\s\u00a0]*(?:%|percent|per cent)?[\s\u00a0]+to[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;

export function carryContext(ctx: ClaimContext, site: CarrySite): void {
  const {
    text,
    expr,
    k,
    prevEnd,
    sentenceStart,
    published,
    before,
    previous,
    phrases,
    context,
    itemPeriod,
    forecastCell,
  } = site;
  const between = text.slice(prevEnd, expr.start);
  const readPeriod = ctx.period;
  // "fell 274.45 points, or 4.84%": the second figure restates the first move.
  if (before && k > 0 && restatesPrevious(between)) {
    if (before.kind === 'change') ctx.kind = 'change';
    ctx.direction ??= before.direction;
    ctx.period ??= before.period;
  }
  // from-to-end: "Across March, the yield climbed from 3.97% to 4.30%": the end of a span's "from X to Y" is dated
  // by the phrase that dated its start.
  if (k > 0 && !ctx.period && before?.period && ctx.kind === 'level' && FROM_TO_GAP_RE.test(between))
    ctx.period = before.period;
  // prior-reading: "slowed to 1.7% in January, versus 1.9% prior".
  const prior = priorReading(text.slice(expr.end, expr.end + 16), ctx.period);
  if (prior) ctx.period = prior;
  // parallel-period: "climbed 2.3% for the month, the Dow rose 2.5% and the Nasdaq added 4.7%".
  if (
    before?.period &&
    (before.kind === 'change' ||
      (before.kind === 'level' && levelEndsAMove(text.slice(Math.max(sentenceStart, prevEnd - 90), prevEnd)))) &&
    !ctx.period &&
    ctx.kind === 'change' &&
    sharesPeriod(between) &&
    !isRunningTotal(text, sentenceStart, prevEnd)
  )
    ctx.period = before.period;
  // while-parallel: "climbed seven basis points on the week to 3.78%, while the 10-year yield added 5 bps".
  if (k > 0 && !ctx.period && ctx.kind === 'change' && whileParallel(between)) {
    // while-after-span: "ended at 25,606.03, down 1.37% for the week, while the Shanghai Composite slipped 0.54%": a week
    // or month named right after the figure before ("since the start of the year" there is that figure's own).
    const spans = phrases().filter(
      (f) =>
        !f.barrier &&
        !f.forward &&
        f.start >= sentenceStart &&
        (f.end <= prevEnd || (f.end <= expr.start && FOR_THE_SPAN_RE.test(text.slice(f.start, f.end)))),
    );
    if (spans.length === 1 && spans[0]!.period.type === 'span') ctx.period = spans[0]!.period;
  }
  // level-ellipsis: "closed Monday at 45,043.75 and the broader Topix at 3,131.57".
  if (
    k > 0 &&
    before?.period &&
    before.kind === 'level' &&
    !before.hypothetical &&
    ctx.kind === 'level' &&
    !ctx.period &&
    levelEllipsis(between)
  )
    ctx.period = before.period;
  // move-from-ago (periods.ts): "down 0.48% from 7.1651 a week earlier".
  if (!ctx.period && ctx.kind === 'change') {
    const ago = moveFromAgo(text.slice(expr.end, expr.end + 60), published);
    if (ago) ctx.period = ago;
  }
  // sentence-lead-period (periods.ts): a later move of a sentence opened by "For the week,".
  if (k > 0 && !ctx.period && ctx.kind === 'change' && !ctx.hypothetical) {
    const lead = leadPeriod(phrases(), text, sentenceStart, restatesFromTo(text, sentenceStart, prevEnd, between));
    if (lead) ctx.period = lead;
  }
  // core-shares-period: "showed headline prices up 3.0% in September, with the core gauge also at 3.0%": the core
  // reading after a headline one is of the same month, when the sentence names only that one ("2.7% in November, down
  // from 3.0% in September, while core CPI slowed to 2.6%" names two, and leaves the core undated).
  if (k > 0 && !ctx.period && ctx.kind === 'level' && before?.period?.type === 'point' && CORE_NOUN_RE.test(between)) {
    const months = new Set(
      phrases()
        .filter((f) => f.start >= sentenceStart && f.end <= expr.start && f.period.type === 'point')
        .map((f) => (f.period as { period: string }).period),
    );
    if (months.size === 1) ctx.period = before.period;
  }
  // week-of-lead-day: "On Friday, the previous session, the Nikkei had dropped 2.75 percent to 33,780.58, leaving it
  // 9.0 percent lower over the week" (written on a Monday): the week that ended on the day the sentence opens with.
  if (
    k > 0 &&
    ctx.kind === 'change' &&
    ctx.period?.type === 'span' &&
    ctx.period.to === published &&
    /\bweek\b/i.test(ctx.period.label)
  ) {
    const lead = leadPeriod(phrases(), text, sentenceStart);
    const day =
      lead?.type === 'span' ? lead.to : lead?.type === 'point' && lead.period.length === 10 ? lead.period : null;
    if (day && day < ctx.period.from) ctx.period = weekUpTo(day, ctx.period.label);
  }
  // week-of-dated-level (rules/week-of-dated-level.ts): "It closed Sunday at $3,364.84, up 9.4% on the week" on a Monday.
  if (k > 0) {
    const week = weekOfDatedLevel(ctx, before, between, published);
    if (week) ctx.period = week;
  }
  // level-after-move: "plunged 4,451.28 points, or 12.4%, to 31,458.42": the move's day.
  if (
    before?.kind === 'change' &&
    before.period &&
    !ctx.period &&
    ctx.kind === 'level' &&
    k > 0 &&
    endsTheMove(between)
  )
    ctx.period = before.period;
  // since-start-level: "lost 7.2% since the last noon fix of 2024, at 1,477.86": the start's level.
  if (before?.kind === 'change' && k > 0 && ctx.kind === 'level') {
    const start = sinceStartLevel(between, before.period);
    if (start) ctx.period = start;
  }
  // when-it-stood: "Compared with a week ago, when the price stood at $4,026.60, ...": the start's level.
  if (ctx.kind === 'level' && ctx.period?.type === 'span') {
    const lead = phrases().find((f) => f.period === ctx.period);
    const start = lead && lead.end <= expr.start ? whenItStood(text.slice(lead.end, expr.start), ctx.period) : null;
    if (start) ctx.period = start;
  }
  // forecast-conjunct: "sees gold at $5,000 ... and silver at $85": the same forecast.
  // forecast-conjunct: "expect employers to have added about 185,000 jobs, with the jobless rate
  // holding at 3.9%": the forecast carries on, whether or not its first figure had a subject.
  if (k > 0 && continuesForecast(between) && (before ?? previous?.())?.hypothetical) ctx.hypothetical = true;
  // A cell under "Consensus" or "Forecast" is what someone expects, not a figure out.
  if (forecastCell()) ctx.hypothetical = true;
  if (!ctx.period && itemPeriod) ctx.period = itemPeriod;
  // prior-is-first-print: "Prior · Real GDP, Q1 (second estimate) · 2.0% (advance)": a "Prior" cell that names the
  // first print is the same quarter as first published, not the quarter before.
  if (
    context &&
    (isPreviousCell(context) || isPreviousRateCell(context)) &&
    !FIRST_PRINT_AFTER_RE.test(text.slice(expr.end, expr.end + 24))
  ) {
    // previous-undated: a "Previous rate" cell in a row that names no date is some earlier
    // level, of a day the table does not give: not marked.
    if (!ctx.period && isPreviousRateCell(context)) ctx.hypothetical = true;
    ctx.period = previousCellPeriod(ctx.period, published);
  }
  // prev-close-column (rules/prev-close-column.ts): a quote board's "Prev close" cell is the session before its last.
  if (context && !ctx.period && ctx.kind === 'level' && isPrevCloseCell(context)) {
    const prev = prevClosePeriod(published);
    if (prev) ctx.period = prev;
    else ctx.hypothetical = true;
  }
  // extreme-cell (rules/extreme-cell.ts): "Nikkei low close · 31,458.42" with no day in its row is an extreme of a day
  // the table does not give: not marked.
  if (context && !ctx.period && ctx.kind === 'level' && isExtremeCell(context)) ctx.hypothetical = true;
  // from-span-start: "slipped 8 basis points on the week to 3.84% from 3.88%": the start is the close before the week.
  if (k > 1 && !ctx.period && ctx.kind === 'level' && before?.kind === 'level' && !before.period) {
    const start = fromSpanStart(between, site.twoBefore?.kind === 'change' ? site.twoBefore.period : null, published);
    if (start) ctx.period = start;
  }
  // started-the-span: "started the week at $108,300": the last close before the week.
  if (ctx.kind === 'level') {
    const started = startedTheSpan(text.slice(Math.max(sentenceStart, expr.start - 60), expr.start), published);
    if (started) ctx.period = started;
  }
  // that-time (rules/that-time.ts): "rose 1.15% to 5,634.61 that afternoon" after a sentence naming Aug. 23, 2024.
  if (!ctx.period && !context) {
    const day = thatTimeDay(text, sentenceStart, site.sentenceEnd, published);
    if (day) ctx.period = day;
  }
  // now-distance (rules/now-distance.ts): "stood at 3.70% on September 18, 2024, so it is now 69 basis points higher".
  if (ctx.kind === 'change') {
    const since = nowDistance(
      ctx.period,
      text.slice(Math.max(sentenceStart, expr.start - 40), expr.start),
      text.slice(expr.end, expr.end + 24),
      published,
    );
    if (since) ctx.period = since;
  }
  // change-column: a cell under "Change in Points" or "% Chg" is the row's move.
  if (context && changeColumn(context, text.slice(context.length + CELL_JOIN.length))) ctx.kind = 'change';
  currentYearToDate(ctx, published);
  // year-close-move (rules/year-close-move.ts): "closed the year at 98.28, ... while the euro ... rose 13.1%".
  yearCloseMove(ctx);
  // own-since: "a gain of 1.6% on the week and 3.2% since the Election Day close": a move followed by its own "since"
  // runs from a start the figure before does not share, even when that start is not a date the reader can read.
  if (
    !readPeriod &&
    ctx.period &&
    ctx.kind === 'change' &&
    OWN_SINCE_AFTER_RE.test(text.slice(expr.end, expr.end + 12))
  )
    ctx.period = null;
}

/** own-since: "since" right after a move's figure. */
const OWN_SINCE_AFTER_RE = /^[\s\u00a0]*(?:%|percent|per cent|points?|basis points?|bps?)?[\s\u00a0]+since\b/i;

/**
 * from-to-gain: "Over the past five sessions the S&P 500 has climbed from 6,735.35 to 6,890.89, a gain of
 * 2.3%": the move set after a "from X to Y" is that span's, dated by the phrase opening the sentence.
 */
const APPOSITIVE_MOVE_RE =
  /^[\s\u00a0]*,[\s\u00a0]+(?:an?|the)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:gain|rise|increase|advance|climb|jump|drop|decline|fall|loss|slide|slump)[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+)?$/i;
const FROM_TO_RE =
  /\bfrom[\s\u00a0]+[$€£¥]?[\d,.]+[^\d;:]{0,12}[\s\u00a0]+to[\s\u00a0]+[$€£¥]?[\d,.]*\d[^\d;:]{0,12}$/i;
function restatesFromTo(text: string, sentenceStart: number, prevEnd: number, between: string): boolean {
  return (
    APPOSITIVE_MOVE_RE.test(between) && FROM_TO_RE.test(text.slice(Math.max(sentenceStart, prevEnd - 60), prevEnd))
  );
}
