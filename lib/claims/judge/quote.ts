import type { DatasetView, Point } from '../dataset-view';
import type { FigureRef, Judgement } from '../types';
import { addDays, isSessionSpan } from '../dates';
import { compare } from './compare';
import type { JudgeInput } from './input';
import { gapText, num, verdictOf } from './explain';
import { afterClose, hasMarketClose, latestCloseAt, writtenBy } from './after-close';
import { FITTED_CURVE_SERIES, RECENT_STEP_DAYS, TOLERANCES, VOLATILITY_INDICES } from './tolerances';
import { transposedDigits } from './transposition';
import { auctionVerdict, ecbReferenceVerdict, fixingVerdict, NY_NOON_SERIES } from './fixing';
import { judgeExtreme } from './intraday-extreme';
import { judgeSpanExtreme } from './span-extreme';
import { swappedClose } from './swapped-close';

/** Currencies quoted most at their home market's close, hours from the stored New York noon rate. */
const LOCAL_MARKET_SERIES: ReadonlySet<string> = new Set(['fx.usdkrw']);

/** undated-start: a start level this far (share) from the day's close is from some other, unstated time. */
const UNDATED_START_SHARE = 0.03;

/**
 * Rule quote-on-its-day: a market level stated for a day matches that day's close, or lies between
 * the previous close and that day's close ("traded near"). Off that range by a source's or a time
 * of day's worth it is "check", never red; a stale figure a week old is never the reference.
 */
export function judgeQuote(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement {
  const j = quoteOnDay(view, input, current);
  // dated-record: "finally beat its Dec. 6 closing high of 6,090.27 on Thursday": the session read may be the day the
  // record was beaten; the record itself is another day's close, never that session's to contradict.
  if (input.pastLevel && input.datedRecord && j.verdict === 'differs')
    return verdictOf('check', null, current, 'An earlier record, set on a day of its own; no close read matched it.');
  return j;
}

function quoteOnDay(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement {
  const { indicator, period, published } = input;
  const stated = period?.type === 'span' ? period.to : period?.type === 'point' ? period.period : published;
  // A span running past the article ("early 2026") is judged on the article's day, never later.
  let day = stated > published ? published : stated;
  // year-end-session: "ended 2025 at 50,339.48" is Tokyo's last session, 30 December, not the 31st.
  if (period?.type === 'span' && period.lastSession) day = view.pointOnOrBefore(indicator.id, day, 4)?.date ?? day;
  const pts = view.daily(indicator.id);
  // Rule past-level: "the 24,580.11 it stood at on the first trading day": some earlier close, day unsaid.
  // A past level dated the article's own day ("..., when it stood at 30,793, up to its peak today"):
  // that day belongs to the other clause, so the level's day is unsaid.
  if (input.pastLevel && (!period || day >= published)) {
    const from = addDays(published, -RECENT_STEP_DAYS);
    let hit: Point | undefined;
    for (let k = firstOnOrAfter(pts, from); k < pts.length && pts[k]!.date <= published; k++) {
      if (compare(input, pts[k]!.value) === 'matches') {
        hit = pts[k];
        break;
      }
    }
    return hit
      ? verdictOf('matches', hit.ref, current, `An earlier level: the close on ${hit.date} was ${num(hit.value)}.`)
      : verdictOf(
          'check',
          null,
          current,
          'An earlier level on a day not stated; no close in the year before matched it.',
        );
  }
  // past-level-before-day: "slipped 0.58% to 16,920.58, one session after its record close of 17,019.88": the day read
  // is the move's; the earlier level it names is the close before that day's.
  if (input.pastLevel && period) {
    const i = indexOn(pts, day);
    const prev = i > 0 ? pts[i - 1] : undefined;
    if (prev && compare(input, pts[i]!.value) !== 'matches' && compare(input, prev.value) === 'matches')
      return verdictOf(
        'matches',
        prev.ref,
        current,
        `An earlier level: the close before ${day}, on ${prev.date}, was ${num(prev.value)}.`,
      );
  }
  const spanExtreme = judgeSpanExtreme(view, input, current);
  if (spanExtreme) return spanExtreme;
  // "a record close of 6,890.89" with no day named: one of the last sessions' closes, or a question.
  if (input.atClose && !period) {
    // The series is sorted by date: the week before publication is one run of it.
    const lo = firstOnOrAfter(pts, addDays(published, -6));
    const hi = firstAfter(pts, published);
    const lastThree = lo < hi ? pts.slice(Math.max(lo, hi - 3), hi) : [];
    const last = lastThree.at(-1);
    // Rule latest-close-only: published after the day's close, "ended at" is that close, not the day before's.
    // that-session: "closed the session at" a day named in an earlier sentence: any of the week's sessions.
    const recent = input.sessionRef
      ? pts.slice(lo, hi)
      : last && latestCloseAt(indicator.id, input.publishedAt, last.date)
        ? [last]
        : lastThree;
    const hit = recent.find((p) => compare(input, p.value) === 'matches');
    if (hit) return verdictOf('matches', hit.ref, current, `The close on ${hit.date}: ${num(hit.value)}.`);
    // "ended the day around $111,722" for a close of 111,722.53: the latest close with a truncated digit is close.
    if (last && compare(input, last.value) === 'close')
      return verdictOf(
        'close',
        last.ref,
        current,
        `The close on ${last.date}: ${num(last.value)}.${gapText(input.value, last.value)}`,
      );
    // Rule transposed-digits: the latest close with two digits swapped is a slip of that very close.
    if (last && transposedDigits(input.value, last.value, 2 * input.halfStep))
      return {
        ...verdictOf(
          'differs',
          last.ref,
          current,
          `No day named; the last close (${last.date}) was ${num(last.value)}: two digits are swapped.`,
        ),
        settledBy: 'digits-swapped',
      };
    // Rule latest-close: published after that close and before the next, "ended at" with no day is it.
    if (last && latestCloseAt(indicator.id, input.publishedAt, last.date)) {
      const off = Math.abs(input.value - last.value) / Math.abs(last.value);
      return verdictOf(
        off <= TOLERANCES.marketSourceSpread ? 'check' : 'differs',
        last.ref,
        current,
        `No day named; the latest close when the article went out (${last.date}) was ${num(last.value)}.`,
      );
    }
    if (last)
      return verdictOf(
        'check',
        last.ref,
        current,
        `No day named; the last close (${last.date}) was ${num(last.value)}.`,
      );
  }
  const i = indexOn(pts, day);
  if (i < 0) {
    // Nothing for that day. With no period, a morning story quotes the last close: said so if it agrees.
    const last = view.pointOnOrBefore(indicator.id, addDays(day, -1), 4);
    // span-to-date-close: "climbed seven basis points on the week to 3.78%" written on a Saturday: a span that
    // runs to the article's day ends at its last close.
    const toDate = period?.type === 'span' && period.to >= published;
    // span-end-shut: "where it ended 2024, at 39,894.54" when Tokyo's year ended on the 30th, "ended last week at
    // 7.1015" for a week ending on a Sunday: a span whose last day was shut ends at the last close within it.
    const shutEnd = period?.type === 'span' && !!last && last.date >= period.from;
    if ((!period || toDate || shutEnd) && last && compare(input, last.value) === 'matches') {
      return verdictOf(
        'matches',
        last.ref,
        current,
        `No figure for ${day}; the last close (${last.date}) was ${num(last.value)}.`,
      );
    }
    return verdictOf('unverifiable', null, current, `No figure for ${day}.`);
  }
  const close = pts[i]!;
  const fixed =
    fixingVerdict(input, close, current) ??
    ecbReferenceVerdict(input, close, current, i > 0 ? pts[i - 1]! : null) ??
    auctionVerdict(input, close, current);
  if (fixed) return fixed;
  const late = !input.atClose && afterClose(indicator.id, input.publishedAt, day);
  const prev = i > 0 && pts[i - 1]!.date >= addDays(day, -6) ? pts[i - 1]! : null;
  // opening-level: the open is no close, even where it equals one.
  if (input.extreme === 'open') return judgeExtreme(input, close, prev, current)!;
  const onClose = compare(input, close.value);
  if (onClose === 'matches')
    return verdictOf('matches', close.ref, current, `Close on ${close.date}: ${num(close.value)}.`);
  const extreme = judgeExtreme(input, close, prev, current);
  if (extreme) return extreme;
  const half = input.halfStep;
  // span-start-level: "Over the past five sessions the S&P 500 has climbed from 6,735.35 to 6,890.89": the
  // starting level is the close the span runs from (a session either side: how sessions are counted varies).
  if (input.fromEnd && period?.type === 'span' && period.from < day) {
    const start = view.pointOnOrBefore(indicator.id, period.from);
    const s = start ? indexOn(pts, start.date) : -1;
    const near = s < 0 ? [] : pts.slice(Math.max(0, s - 1), Math.min(i, s + 2));
    const hit = near.find((p) => compare(input, p.value) === 'matches');
    if (hit) return startingLevel(hit, current);
    if (start)
      return verdictOf(
        'check',
        start.ref,
        current,
        `The starting level of ${period.label}: the close on ${start.date} was ${num(start.value)}.`,
      );
  }
  // "jumping to 4.08% from 3.99% the day before": the starting end is an earlier close.
  if (input.fromEnd) {
    const weekBefore = addDays(day, -6);
    const earlier = pts
      .slice(Math.max(0, i - 2), i)
      .find((p) => p.date >= weekBefore && compare(input, p.value) === 'matches');
    if (earlier) return startingLevel(earlier, current);
    // undated-start: "the yen has slid to 155 from 141.20": a start with no day said may be from any earlier
    // time; one far from the last week's closes is a question, not proof of an error.
    if (!period && Math.abs(input.value - close.value) > UNDATED_START_SHARE * close.value)
      return verdictOf(
        'check',
        close.ref,
        current,
        `The starting level of a move whose start is not dated; close on ${close.date}: ${num(close.value)}.`,
      );
  }
  // closed-no-hour: "the 2-year yield settled at 3.48%, 13 basis points lower than on Dec. 9" in a page dated only by
  // its day, where 3.48 is the day before's close to the digit and the day's own close differs: the page may have
  // been written before that close; a question, not red. Not when the sentence names the day.
  // Written before that close (the page's hour is known), the day before's close was the latest: it matches.
  const writtenAt = writtenBy(input.publishedAt, input.updatedAt);
  const beforeClose =
    !!writtenAt && !afterClose(input.indicator.id, writtenAt, close.date) && hasMarketClose(input.indicator.id);
  if (
    prev &&
    input.atClose &&
    (!writtenAt || beforeClose) &&
    close.date === input.published &&
    !(input.period?.type === 'span' && isSessionSpan(input.period)) &&
    prev.value !== close.value &&
    compare(input, prev.value) === 'matches'
  )
    return beforeClose
      ? verdictOf(
          'matches',
          prev.ref,
          current,
          `Written before the close of ${close.date}: the latest close (${prev.date}) was ${num(prev.value)}.`,
        )
      : verdictOf(
          'check',
          close.ref,
          current,
          `Close on ${close.date}: ${num(close.value)}; the figure is the previous close (${prev.date}, ${num(prev.value)}) to the digit, and the page gives no hour: it may have been written before the day's close.`,
        );
  // Rule traded-near: a price during the day lies between the two closes ("closing at" is not one).
  // swapped-not-near: "GBP/USD 1.3346" for a close of 1.3364 is that close with two digits swapped,
  // though it falls between the closes.
  if (prev && !input.atClose && !late && !transposedDigits(input.value, close.value, 2 * half)) {
    const lo = Math.min(prev.value, close.value) - half;
    const hi = Math.max(prev.value, close.value) + half;
    if (input.value >= lo && input.value <= hi) {
      // previous-close-exact: "stood at 106.34 on Thursday" where 106.34 is Wednesday's close to the digit
      // and Thursday's differs: most often the day before's figure given for the named day; a question.
      // Only with the day stated: an undated level on the article's day is most often the last close.
      // moved-to-previous-close: undated, "the VIX jumped to 20.64" where that is the day before's close to the digit is
      // the same question: a move said to reach the level the day started at. Stock indices only: a currency, a yield
      // or a coin "fell to" the last close is often a morning story's quote, read before the day's close.
      if (
        (input.period ? !input.tradedAt : input.movedTo && input.indicator.kind === 'index') &&
        compare(input, prev.value) === 'matches' &&
        prev.value !== close.value &&
        !input.extreme
      )
        return verdictOf(
          'check',
          close.ref,
          current,
          `Close on ${close.date}: ${num(close.value)}; the figure is the previous close (${prev.date}, ${num(prev.value)}) to the digit, which may be given for the wrong day.`,
        );
      return verdictOf(
        'matches',
        close.ref,
        current,
        `Traded near: between the previous close (${prev.date}, ${num(prev.value)}) and the close on ${close.date} (${num(close.value)}).`,
      );
    }
  }
  if (onClose === 'close')
    return verdictOf(
      'close',
      close.ref,
      current,
      `Close on ${close.date}: ${num(close.value)}.${gapText(input.value, close.value)}`,
    );
  if (late) {
    const swapped = swappedClose(input, close, current);
    if (swapped) return swapped;
    const off = Math.abs(input.value - close.value) / Math.abs(close.value);
    return verdictOf(
      off <= TOLERANCES.afterCloseSpread ? 'check' : 'differs',
      close.ref,
      current,
      `Written after the close: the close on ${close.date} was ${num(close.value)}${prev ? ` (previous close ${num(prev.value)})` : ''}${off <= TOLERANCES.afterCloseSpread ? '; a late price from another source may differ this much' : ''}.`,
    );
  }
  // local-close-of-fixing: "the won closed daytime trading at 1,473.2 at 3:30 p.m." against the New York noon
  // rate: a local market's close is another hour than the stored fixing, no close of it.
  // local-close-of-noon-rate: "the won closed at 1,388.5" in Seoul, with or without the hour, is hours before New
  // York's noon rate: between the day's two noon rates, give or take a source's spread, is a question, not red.
  // Not a figure that is an earlier day's noon rate to the digit (most often the wrong day's rate), nor the day's
  // rate with two digits swapped.
  // An earlier session's close (or noon rate) to the digit: most often the wrong day's figure. Read once, when asked.
  let earlier: boolean | undefined;
  const matchesEarlierClose = () =>
    (earlier ??= pts.slice(Math.max(0, i - 3), i).some((p) => compare(input, p.value) === 'matches'));
  const closeStated =
    input.atClose &&
    !(
      NY_NOON_SERIES.has(indicator.id) &&
      (input.clockTime || (!matchesEarlierClose() && !transposedDigits(input.value, close.value, 2 * half)))
    );
  const edges = prev && !closeStated ? [prev.value, close.value] : [close.value];
  const off = Math.min(...edges.map((e) => Math.abs(input.value - e) / Math.abs(e)));
  // On the article's own day the figure may be an intraday price; on any day, another source's fixing.
  // clock-time: "near 146.5 yen as Tokyo shut at 5 p.m. Thursday" is that hour's price, not the day's fixing.
  // coin-day-price: a coin trades round the clock, so its price "on July 9" is any hour's of that day.
  const intraday = (day >= published || !!input.clockTime || indicator.kind === 'crypto') && !closeStated;
  // local-close-spread: a local close of a noon-rate series (closeStated cleared above) is hours from either rate;
  // local-market-quote: so is any undated-hour quote of a currency that trades mostly at home (Seoul's won).
  const localClose =
    (input.atClose && !closeStated) ||
    (LOCAL_MARKET_SERIES.has(indicator.id) &&
      !input.atNoonFixing &&
      // An earlier day's noon rate to the digit is most often the wrong day's rate, not a local close.
      !matchesEarlierClose());
  const margin = localClose
    ? Math.max(TOLERANCES.localCloseSpread, intraday ? TOLERANCES.intradayMargin : 0)
    : intraday
      ? indicator.kind === 'crypto'
        ? TOLERANCES.intradayMarginCrypto
        : VOLATILITY_INDICES.has(indicator.id)
          ? TOLERANCES.intradayMarginVolatility
          : TOLERANCES.intradayMargin
      : TOLERANCES.marketSourceSpread;
  // yield-source-spread: "the 10-year at 4.09% on Monday" against H.15's 4.13%: a market
  // quote and the Treasury's constant-maturity close part by a few basis points.
  // Unless the quote is exactly a close of the sessions just before: then it is that day's, a wrong day.
  const points = Math.min(...edges.map((e) => Math.abs(input.value - e)));
  const spreadPoints = FITTED_CURVE_SERIES.has(indicator.id)
    ? TOLERANCES.fittedCurveSpreadPoints
    : TOLERANCES.yieldSourceSpreadPoints;
  const sourceSpread = indicator.kind === 'yield' && points <= spreadPoints && !matchesEarlierClose();
  if (off <= margin || sourceSpread) {
    // swapped-once-a-day: on the day itself, only a figure its sentence ties to a once-a-day number (a close, a
    // fixing, an auction, a settlement) is that number with two digits swapped rather than an hour's price.
    const swapped = !intraday || input.onceADay ? swappedClose(input, close, current) : null;
    if (swapped) return swapped;
    return verdictOf(
      'check',
      close.ref,
      current,
      `Close on ${close.date}: ${num(close.value)}${prev ? ` (previous ${num(prev.value)})` : ''}; ${intraday ? 'the figure may be an intraday price' : 'sources and fixing times differ by this much'}.`,
    );
  }
  return verdictOf(
    'differs',
    close.ref,
    current,
    `Close on ${close.date}: ${num(close.value)}${prev ? ` (previous close ${num(prev.value)})` : ''}.`,
  );
}

/** The index of the point dated exactly `day`, or -1. */
export function indexOn(pts: Point[], day: string): number {
  let lo = 0;
  let hi = pts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = pts[mid]!.date;
    if (d === day) return mid;
    if (d < day) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The index of the first point dated on or after `day` (pts.length when none is). */
function firstOnOrAfter(pts: Point[], day: string): number {
  let lo = 0;
  let hi = pts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pts[mid]!.date < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first point dated after `day` (pts.length when none is). */
function firstAfter(pts: Point[], day: string): number {
  let lo = 0;
  let hi = pts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pts[mid]!.date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A "from" level that is an earlier close. */
function startingLevel(p: Point, current: FigureRef | null): Judgement {
  return verdictOf('matches', p.ref, current, `The starting level: the close on ${p.date} was ${num(p.value)}.`);
}
