import { indicatorClass, type DatasetView } from '../dataset-view';
import type { FigureRef, Judgement } from '../types';
import { addDays, isSessionSpan, periodBounds, previousPeriod, toDay } from '../dates';
import { compare } from './compare';
import type { JudgeInput } from './input';
import { changeRef, gapText, notCalledWrong, signed, verdictOf } from './explain';
import { knownOn, undatedRevision } from './vintage';
import { indexOn } from './quote';
import { latestReleaseMove } from './latest-release-move';
import { sinceDayEnds } from './since-day';
import { digitSlip, transposedDigits } from './transposition';
import { sevenDaySessionStart, sevenDayWeekStart } from './seven-day-week';
import { morningSpanEnd } from './morning-span-end';
import { lastFinalDay } from './after-close';
import { unstatedWindowMove } from './unstated-window';
import { trailingYearStart } from './trailing-year';
import { namedBaseMove } from './named-base';
import { moveFor } from './move';
import { weekday } from '../dates';
import type { ClaimPeriod } from '../types';

/** crypto-source-gap: a coin's move may differ between sources by this many points, or this share of it. */
const CRYPTO_SOURCE_GAP_POINTS = 0.5;
const CRYPTO_SOURCE_GAP_SHARE = 0.05;
/**
 * fx-source-gap: "the pound gained 7.7% in 2025" against the stored noon rates' +7.40%: a
 * currency's closing quote differs between sources and hours by about 0.3% at each end of a span.
 */
const FX_SOURCE_GAP_POINTS = 0.6;
/** The longest run of holidays between two sessions (China's October Golden Week). */
const HOLIDAY_GAP_DAYS = 10;
/** Longer than a week: a day's or a week's move is measured between closes the sources agree on more closely. */
const SPAN_OF_WEEK_DAYS = 7;

/** "over the month", "on the month", "this month": a month the writer does not name. */
const RELEASE_MONTH_RE = /^(?:over|on|in|during|for|this)?[\s\u00a0]*(?:the[\s\u00a0]+)?month$/i;

const unitOf = (input: JudgeInput) => (input.measure === 'pctChange' ? '%' : '');

function verdictFor(
  input: JudgeInput,
  value: number,
  ref: FigureRef,
  current: FigureRef | null,
  text: string,
): Judgement {
  const verdict = compare(input, value);
  // Rule opposite-move: a move the other way that period most likely means the sentence speaks of
  // another period (its phrase was read wrongly), not that the author got the direction wrong.
  if (verdict === 'differs' && value !== 0 && input.value !== 0 && Math.sign(value) !== Math.sign(input.value)) {
    // mirrored-move: "The S&P 500 fell 0.64% on Monday" when it rose 0.64% that day: the same size the
    // other way, on a period the sentence names, is the direction written wrong, not a misread period.
    if (input.period && compare({ ...input, value: -input.value }, value) === 'matches')
      return verdictOf('differs', ref, current, `${text} The same size, the other way.`);
    return verdictOf(
      'check',
      ref,
      current,
      `${text} The move that period went the other way: the period may be misread.`,
    );
  }
  return verdictOf(verdict, ref, current, verdict === 'close' ? `${text}${gapText(input.value, value)}` : text);
}

/**
 * A move of a market or released figure.
 * Rule day-move: "fell 2.96%" on a day is that day's close against the previous close.
 * A span ("this week", "since April 8") is judged between the closes at its ends; a released
 * figure's period ("rose 0.3% in March") between that period and the one before, as known then.
 */
/** after-a-break: China's Golden Week and Lunar New Year shut Shanghai for up to nine days. */
const LONG_BREAK_DAYS = 12;

export function judgeChange(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement {
  const { indicator, measure, period, published } = input;
  const move = moveFor(input);
  const between = (from: string, to: string): { base: FigureRef; end: FigureRef; value: number } | null => {
    const b = view.pointOnOrBefore(indicator.id, from, 4);
    const e = view.pointOnOrBefore(indicator.id, to, 4);
    if (!b || !e || b.date >= e.date) return null;
    const value = move(b.value, e.value);
    return Number.isFinite(value) ? { base: b.ref, end: e.ref, value } : null;
  };
  const dayMove = (day: string, maxGapDays = 6): { base: FigureRef; end: FigureRef; value: number } | null => {
    const pts = view.daily(indicator.id);
    const i = indexOn(pts, day);
    if (i < 1 || pts[i - 1]!.date < addDays(day, -maxGapDays)) return null;
    const value = move(pts[i - 1]!.value, pts[i]!.value);
    return Number.isFinite(value) ? { base: pts[i - 1]!.ref, end: pts[i]!.ref, value } : null;
  };

  if (!period) {
    const finalDay = input.overnight ? lastFinalDay(indicator.id, input.publishedAt) : null;
    const lastDay = view.pointOnOrBefore(indicator.id, finalDay && finalDay < published ? finalDay : published, 4);
    let daily = lastDay ? dayMove(lastDay.date) : null;
    // after-a-break: "closed up 4.59%" as Shanghai reopened after its October holiday: the move from the close
    // before the break. Said so only where it agrees: a gap in the stored series looks the same.
    if (lastDay && !daily && toDay(published) - toDay(lastDay.date) <= 3) {
      const long = dayMove(lastDay.date, LONG_BREAK_DAYS);
      if (long && compare(input, long.value) === 'matches')
        return verdictOf(
          'matches',
          changeRef(long.base, long.end, long.value),
          current,
          `No period given; read as the last session (${long.end.period}), the first since ${long.base.period}: ${signed(long.value)}${unitOf(input)}.`,
        );
    }
    // A market story's "up 80 cents" with no period is most often the last session's move (or, in
    // a morning story, the one before): said so when the figures agree, a question when they do not.
    const before = daily ? dayMove(daily.base.period) : null;
    if (daily && before && compare(input, daily.value) !== 'matches' && compare(input, before.value) === 'matches')
      daily = before;
    if (daily && toDay(published) - toDay(lastDay!.date) <= 3) {
      const verdict = compare(input, daily.value);
      const text = `No period given; read as the last session (${daily.end.period}): ${signed(daily.value)}${unitOf(input)}.`;
      if (verdict !== 'differs')
        return verdictFor(input, daily.value, changeRef(daily.base, daily.end, daily.value), current, text);
      const endPoint = view.pointOnOrBefore(indicator.id, daily.end.period, 0);
      const fit = endPoint ? unstatedWindowMove(view, input, endPoint, move) : null;
      if (fit)
        return verdictOf(
          'matches',
          changeRef(fit.base.ref, fit.end.ref, fit.value),
          current,
          `No period given; not the last session's move (${signed(daily.value)}${unitOf(input)}) but that of ${fit.window} to ${fit.end.date}: ${signed(fit.value)}${unitOf(input)}.`,
        );
      const named = endPoint ? namedBaseMove(view, input, endPoint, move) : null;
      if (named)
        return verdictOf(
          'matches',
          changeRef(named.base.ref, endPoint!.ref, named.value),
          current,
          `No period given; not the last session's move (${signed(daily.value)}${unitOf(input)}) but that from the close the sentence names (${named.base.date}) to ${endPoint!.date}: ${signed(named.value)}${unitOf(input)}.`,
        );
      // Rule transposed-digits: the last session's move with two digits swapped is a slip of that move.
      const swapped =
        transposedDigits(input.value, daily.value, 2 * input.halfStep) ||
        digitSlip(input.value, daily.value, 2 * input.halfStep);
      // Rule sign-flipped: "edged up 0.17%" where the last session fell exactly 0.17%: that move, the wrong
      // way. Only a figure fine enough not to equal the move by chance ("0.1%" may be any small move).
      const flipped =
        2 * input.halfStep <= SIGN_FLIP_FINE_SHARE * Math.abs(input.value) &&
        compare({ ...input, value: -input.value }, daily.value) === 'matches';
      const j = verdictOf(
        swapped || flipped ? 'differs' : 'check',
        changeRef(daily.base, daily.end, daily.value),
        current,
        swapped ? `${text} Two digits are swapped.` : flipped ? `${text} The same move, the other way.` : text,
      );
      return swapped ? { ...j, settledBy: 'digits-swapped' } : flipped ? { ...j, settledBy: 'sign-flipped' } : j;
    }
    // A market's day move is never its monthly average's change ("bullion rose as much as 0.7 percent").
    const released = lastDay || indicatorClass(indicator) === 'market' ? null : latestReleaseMove(view, input, current);
    if (released) return released;
    return verdictOf(
      'unverifiable',
      null,
      current,
      daily
        ? `No period given; the last session (${daily.end.period}) moved ${signed(daily.value)}.`
        : 'No period given and no daily figures to compare.',
    );
  }

  if (period.type === 'window') {
    const first = addDays(period.within.from, -7);
    const pts = view.daily(indicator.id).filter((p) => p.date >= first && p.date <= period.within.to);
    let best: { i: number; v: number; d: number } | null = null;
    let extreme: { i: number; v: number } | null = null;
    const dir = Math.sign(input.value) || 1;
    for (let i = period.sessions; i < pts.length; i++) {
      if (pts[i]!.date < period.within.from) continue;
      const v = move(pts[i - period.sessions]!.value, pts[i]!.value);
      const d = Math.abs(v - input.value);
      if (!best || d < best.d) best = { i, v, d };
      if (!extreme || v * dir > extreme.v * dir) extreme = { i, v };
    }
    if (!best || !extreme)
      return verdictOf(
        'unverifiable',
        null,
        current,
        `No daily figures for ${period.within.from}–${period.within.to}.`,
      );
    const refOf = (i: number, v: number) => changeRef(pts[i - period.sessions]!.ref, pts[i]!.ref, v);
    const verdict = compare(input, best.v);
    if (verdict !== 'differs')
      return verdictOf(
        verdict,
        refOf(best.i, best.v),
        current,
        `${period.sessions} sessions to ${pts[best.i]!.date}: ${signed(best.v)}${unitOf(input)}.`,
      );
    // Rule window-extreme: a move larger than any such window that way is wrong, whichever sessions were meant.
    if (Math.abs(input.value) > Math.abs(extreme.v) && Math.sign(extreme.v) === dir) {
      return verdictOf(
        'differs',
        refOf(extreme.i, extreme.v),
        current,
        `The largest ${period.sessions}-session move that way in ${period.within.from.slice(0, 4)} was ${signed(extreme.v)}${unitOf(input)}.`,
      );
    }
    return verdictOf(
      'check',
      refOf(best.i, best.v),
      current,
      `${period.sessions} sessions to ${pts[best.i]!.date}: ${signed(best.v)}${unitOf(input)}; which sessions were meant is not stated.`,
    );
  }

  // holiday-gap-session: "Nikkei 225 · +3,320.72" for May 7, Tokyo's first session after Golden Week: one session's
  // move is from the session before, however many holidays lie between (not only the usual weekend).
  const holidayGapSession = (span: { from: string; to: string }) =>
    isSessionSpan(span) ? dayMove(span.to, HOLIDAY_GAP_DAYS) : null;
  let result: { base: FigureRef; end: FigureRef; value: number } | null = null;
  // month-so-far: "up nearly 20% in January" on 22 January is the month to the article, not to its end.
  const closesOver = (b: { from: string; to: string }) =>
    between(addDays(b.from, -1), b.to > published ? published : b.to);
  const market = indicatorClass(indicator) === 'market';
  let averaged = false;
  let firstBase: FigureRef | null = null;
  const since = input.sinceDay ? sinceDayEnds(view, indicator.id, period, published) : null;
  if (since) {
    result = between(since.base, since.end);
  } else if (period.type === 'span') {
    result = between(period.from, period.to) ?? holidayGapSession(period);
    const weekAgo =
      result && compare(input, result.value) !== 'matches' ? sevenDayWeekStart(view, indicator.id, period) : null;
    const other = weekAgo ? between(weekAgo, period.to) : null;
    if (other && compare(input, other.value) === 'matches') result = other;
    const dayBefore =
      result && compare(input, result.value) !== 'matches' ? sevenDaySessionStart(view, indicator.id, period) : null;
    const oneDay = dayBefore ? between(dayBefore, period.to) : null;
    if (oneDay && compare(input, oneDay.value) === 'matches') result = oneDay;
    const morning =
      result && compare(input, result.value) !== 'matches'
        ? morningSpanEnd(view, indicator.id, period, published)
        : null;
    const earlier = morning ? between(morning.from, morning.to) : null;
    if (earlier && compare(input, earlier.value) === 'matches') result = earlier;
    const yearAgo = result && compare(input, result.value) !== 'matches' ? trailingYearStart(period) : null;
    const trailing = yearAgo ? between(yearAgo, period.to) : null;
    if (trailing && compare(input, trailing.value) === 'matches') result = trailing;
  } else if (period.period.length === 10) {
    result = dayMove(period.period);
  } else if (market && (result = closesOver(periodBounds(period.period)))) {
    // A market's month or year is its closes at the ends, where the daily closes are stored.
  } else {
    averaged = market;
    const prev = previousPeriod(period.period);
    const cur = knownOn(view, indicator.id, period.period, published);
    const old = prev ? knownOn(view, indicator.id, prev, published) : null;
    if (cur.status === 'not-yet')
      return verdictOf('no-figure-yet', null, current, `No figure for ${period.period} was published by ${published}.`);
    if (
      (cur.status === 'known' || cur.status === 'later-edition') &&
      old &&
      (old.status === 'known' || old.status === 'later-edition')
    ) {
      result = { base: old.ref, end: cur.ref, value: move(old.ref.value, cur.ref.value) };
      // from-first-print: the month before as first published, where the same release revised it.
      if ('first' in old && old.first) firstBase = old.first;
    } else {
      const b = periodBounds(period.period);
      result = closesOver(b);
    }
  }
  // release-month: "added $233 billion over the month" of a figure released by month (TIC holdings) is
  // the move in the release the story covers, not the calendar month the story was written in.
  if (
    (!result || !Number.isFinite(result.value)) &&
    !market &&
    period.type === 'span' &&
    RELEASE_MONTH_RE.test(period.label)
  ) {
    const latest = latestReleaseMove(view, input, current);
    if (latest)
      return {
        ...latest,
        explanation: latest.explanation.replace('No period given;', `"${period.label}" of a monthly release,`),
      };
  }
  if (!result || !Number.isFinite(result.value))
    return verdictOf('unverifiable', null, current, `No figures at both ends of ${period.label}.`);
  const days = period.type === 'span' ? toDay(period.to) - toDay(period.from) : 0;
  // crypto-day-boundary: a coin trades round the clock and sources end its day at different hours
  // (the stored Coinbase price is dated a day apart from UTC closes): a move that agrees when both
  // ends are read a day earlier is a question, not an error.
  if (indicator.kind === 'crypto' && compare(input, result.value) === 'differs') {
    // crypto-source-gap: sources' reference prices for a coin differ by a fraction of a percent, and
    // more over a span ("down 16.76%" against a stored −16.93%): a small gap, same way, is a question.
    if (
      measure === 'pctChange' &&
      Math.sign(input.value) === Math.sign(result.value) &&
      Math.abs(input.value - result.value) <=
        Math.max(CRYPTO_SOURCE_GAP_POINTS, CRYPTO_SOURCE_GAP_SHARE * Math.abs(result.value))
    )
      return notCalledWrong(
        verdictOf(
          'differs',
          changeRef(result.base, result.end, result.value),
          current,
          `${result.base.period} to ${result.end.period}: ${signed(result.value)}${unitOf(input)}.`,
        ),
        "a coin's reference price differs between sources and hours by about this much.",
      );
    const shifted = between(addDays(result.base.period.slice(0, 10), -1), addDays(result.end.period.slice(0, 10), -1));
    if (shifted && compare(input, shifted.value) !== 'differs')
      return verdictOf(
        'check',
        changeRef(result.base, result.end, result.value),
        current,
        `${result.base.period} to ${result.end.period}: ${signed(result.value)}${unitOf(input)}; a day earlier at both ends, ${signed(shifted.value)}${unitOf(input)}: a coin's day ends at different hours in different sources.`,
      );
  }
  const judged = verdictFor(
    input,
    result.value,
    changeRef(result.base, result.end, result.value),
    current,
    `${result.base.period} to ${result.end.period}${days ? ` (${period.label})` : ''}: ${signed(result.value)}${unitOf(input)}.`,
  );
  if (
    judged.verdict === 'differs' &&
    indicator.kind === 'fx' &&
    measure === 'pctChange' &&
    toDay(result.end.period.slice(0, 10)) - toDay(result.base.period.slice(0, 10)) > SPAN_OF_WEEK_DAYS &&
    Math.sign(input.value) === Math.sign(result.value) &&
    Math.abs(input.value - result.value) <= FX_SOURCE_GAP_POINTS
  )
    return notCalledWrong(judged, "a currency's closing quote differs between sources and hours by about this much.");
  // from-first-print: "the U.K. added $13.2 billion in October" from September's first print (864.7),
  // where the October release also revised September (862.5, a rise of 15.4): either reading is one
  // of the published figures, so the gap is a question.
  if (judged.verdict === 'differs' && firstBase && result.end) {
    const fromFirst = move(firstBase.value, result.end.value);
    // The release may also have revised the month before by a little the dataset does not keep.
    const unstored =
      measure === 'absChange' && Math.abs(input.value - fromFirst) <= PRIOR_REVISION_SHARE * Math.abs(result.end.value);
    // undated-revision-either: the month before's revision was read from a later edition, so on the article's date
    // its first print may well be what the release measured from: the move from it is a match, said so.
    if (compare(input, fromFirst) === 'matches' && undatedRevision(result.base, published))
      return verdictOf(
        'matches',
        changeRef(firstBase, result.end, fromFirst),
        current,
        `${firstBase.period} as first printed (${firstBase.as_of}) to ${result.end.period}: ${signed(fromFirst)}${unitOf(input)}; the revision stored for ${firstBase.period} was read from an edition of ${result.base.as_of}.`,
      );
    if (compare(input, fromFirst) === 'matches' || unstored)
      return notCalledWrong(
        judged,
        `measured from ${firstBase.period} as first published (${firstBase.value}), the move is ${signed(fromFirst)}${unitOf(input)}.`,
      );
  }
  // revised-base-unstored: "Overall foreign holdings rose $112.8 billion" in November, against stored 9,243 (October as
  // first printed) to 9,360: the November release revised October too, and the dataset keeps no later October.
  if (
    judged.verdict === 'differs' &&
    !firstBase &&
    !market &&
    measure === 'absChange' &&
    period.type === 'point' &&
    Math.sign(input.value) === Math.sign(result.value) &&
    Math.abs(input.value - result.value) <= PRIOR_REVISION_SHARE * Math.abs(result.end.value)
  )
    return notCalledWrong(
      judged,
      'the release may also have revised the month before, by a little the dataset does not keep.',
    );
  // market-average-move: "the 34% drop the S&P 500 suffered from late February into March" against
  // the change of two monthly averages: a market's moves within a month are not its averages' change.
  if (averaged && judged.verdict === 'differs')
    return notCalledWrong(
      judged,
      'only monthly averages are stored for that period; a move between two days may differ.',
    );
  // boundary-gap: "jumped 18% in 2025" against a stored series with no close on 31 December (a copy
  // that skips some sessions): measured from an earlier close, the move is not proof of an error.
  if (judged.verdict === 'differs' && SERIES_WITH_GAPS.has(indicator.id)) {
    const ends = expectedEnds(period);
    const gap =
      ends &&
      (skipsWeekday(result.base.period, ends.from)
        ? ends.from
        : ends.to < published && skipsWeekday(result.end.period, ends.to)
          ? ends.to
          : null);
    if (gap)
      return notCalledWrong(judged, `no close is stored for ${gap}, so the move is measured from another session.`);
  }
  return judged;
}

/** sign-flipped: the figure's last digit is at most this share of it (0.17 to the hundredth, not 0.1). */
const SIGN_FLIP_FINE_SHARE = 0.1;

/** How far the month before may have been revised in a release whose vintage is not stored: 0.1% of the level. */
const PRIOR_REVISION_SHARE = 0.001;

/**
 * Daily series whose stored copy skips some sessions the market traded (the Yahoo Finance copy of
 * the EURO STOXX 50 lacks 31 December and 2 January, among others; data/SOURCES.md): a boundary that
 * falls on a missing weekday is a gap in the copy, not a holiday. oil-spot-holidays: EIA's spot prices skip U.S.
 * (WTI) and U.K. (Brent) public holidays such as 11 November and the May bank holidays, when the
 * futures news quotes still settle.
 */
const SERIES_WITH_GAPS: ReadonlySet<string> = new Set(['idx.stoxx50', 'cmd.wti_usd', 'cmd.brent_usd']);

/** The days whose closes a period's move runs between: a span's ends, or the day before a month or year and its last day. */
function expectedEnds(period: ClaimPeriod): { from: string; to: string } | null {
  if (period.type === 'span') return { from: period.from, to: period.to };
  if (period.type !== 'point' || period.period.length > 7) return null;
  const b = periodBounds(period.period);
  return { from: addDays(b.from, -1), to: b.to };
}

/** Whether the stored close used (`stored`, a date) falls before `day`, a weekday with none stored. */
function skipsWeekday(stored: string, day: string): boolean {
  return stored.slice(0, 10) < day && weekday(day) < 5;
}
