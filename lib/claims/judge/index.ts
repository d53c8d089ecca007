import type { FigureRef, Judgement } from '../types';
import { type DatasetView, indicatorClass } from '../dataset-view';
import { periodBounds } from '../dates';
import { judgeChange } from './change';
import type { JudgeInput } from './input';
import { verdictOf } from './explain';
import { eitherBenchmark } from './either-benchmark';
import { gate } from './gate';
import { yearCloseGap } from './year-close-gap';
import { otherTime } from './other-time';
import { belowRecord } from './below-record';
import { namedBaseDistance } from './named-base';
import { spotNotFutures } from './spot-series';
import { auctionDayMove } from './auction-day-move';
import { fixingSeriesMove } from './fixing-series-move';
import { writingDayMove } from './writing-day-move';
import { todayBoundMove } from './today-bound-move';
import { spanToDate } from './span-to-date';
import { stillLatest } from './still-latest';
import { monthEndToDate } from './month-end-to-date';
import { seriesGapDay } from './series-gap-day';
import { dayInMonthLevel } from './day-in-month-level';
import { windowASessionEarly } from './window-a-session-early';
import { weekendWeek } from './weekend-week';
import { weekInProgress } from './week-in-progress';
import { offHours } from './off-hours';
import { cryptoRollingDay } from './crypto-rolling-day';
import { cryptoSwingDay } from './crypto-swing-day';
import { datedADayEarly } from './dated-a-day-early';
import { cryptoTrailingWindow } from './crypto-trailing-window';
import { earlierEstimate } from './earlier-estimate';
import { asMuchAs } from './as-much-as';
import { approxRoundMove } from './approx-round-move';
import { withinSessionMove } from './within-session-move';
import { hedgedLevel } from './hedged-level';
import { finerThanData } from './finer-than-data';
import { averageQuote } from './average-quote';
import { sameDayFact } from './same-day-fact';
import { tariffStacking } from './tariff-stacking';
import { judgePeriodicLevel } from './periodic-level';
import { judgeQuote } from './quote';
import { pickSession } from './market-day';
import { judgeRateMove } from './rate-move';
import { judgeStepLevel } from './step-level';
import { monthEndClose } from './month-end-close';

export type { Measure } from './compare';
export type { JudgeInput } from './input';

type Refiner = (view: DatasetView, input: JudgeInput, j: Judgement) => Judgement;

/**
 * The rules that refine a first verdict, in the order they apply: a stored same-day fact first, then
 * the rules that turn a gap into a question (another instrument, hour or window), tariff stacking last.
 */
const REFINERS: readonly Refiner[] = [
  sameDayFact,
  datedADayEarly,
  dayInMonthLevel,
  (_v, input, j) => spotNotFutures(input, j),
  (_v, input, j) => writingDayMove(input, j),
  (_v, input, j) => todayBoundMove(input, j),
  spanToDate,
  monthEndToDate,
  stillLatest,
  windowASessionEarly,
  weekendWeek,
  (_v, input, j) => weekInProgress(input, j),
  (_v, input, j) => offHours(input, j),
  (_v, input, j) => seriesGapDay(input, j),
  (_v, input, j) => auctionDayMove(input, j),
  (_v, input, j) => fixingSeriesMove(input, j),
  (_v, input, j) => gate(input, j),
  (_v, input, j) => yearCloseGap(input, j),
  belowRecord,
  namedBaseDistance,
  (_v, input, j) => otherTime(input, j),
  cryptoRollingDay,
  cryptoSwingDay,
  cryptoTrailingWindow,
  (_v, input, j) => earlierEstimate(input, j),
  (_v, input, j) => asMuchAs(input, j),
  (_v, input, j) => approxRoundMove(input, j),
  (_v, input, j) => withinSessionMove(input, j),
  (_v, input, j) => hedgedLevel(input, j),
  (_v, input, j) => finerThanData(input, j),
  (_v, input, j) => averageQuote(input, j),
  (_v, input, j) => tariffStacking(input, j),
];

/**
 * The judge: picks the reference a claim is compared with (the figure as known on the article's
 * date), compares by kind (tolerances.ts), and abstains where subject or period are uncertain.
 * One rule per file; README's verdict table says what each verdict means.
 */
export function judge(view: DatasetView, input: JudgeInput): Judgement {
  if (input.alsoCompare) {
    const { alsoCompare, ...one } = input;
    return eitherBenchmark(
      { indicator: input.indicator, j: judge(view, one) },
      { indicator: alsoCompare, j: judge(view, { ...one, indicator: alsoCompare }) },
    );
  }
  const { indicator } = input;
  const current = view.latest(indicator.id);
  if (!view.hasData(indicator.id))
    return verdictOf('unverifiable', null, current, 'No sourced figure yet for this indicator.');
  // Rule never-the-future: a period that begins after the article is a forecast, not a figure to check.
  const p = input.period;
  const starts = !p
    ? null
    : p.type === 'point'
      ? periodBounds(p.period).from
      : p.type === 'span'
        ? p.from
        : p.within.from;
  if (starts && starts > input.published) {
    return verdictOf(
      'check',
      null,
      current,
      `The period (${p!.label}) begins after the article's date: an expectation, not a figure out yet.`,
    );
  }
  // market-day: an undated market figure is of a day that had begun in its market when the article went out.
  if (input.sessionDay && input.sessionDay < input.published) {
    const before = { ...judgeOn(view, { ...input, published: input.sessionDay }, current), readDay: input.sessionDay };
    return input.sessionSure ? before : pickSession(judgeOn(view, input, current), before);
  }
  return judgeOn(view, input, current);
}

/** The judge, on the day the input names. */
function judgeOn(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement {
  const { indicator, measure } = input;
  const cls = indicatorClass(indicator);
  let j: Judgement;
  if (measure !== 'level') j = cls === 'step' ? judgeRateMove(view, input, current) : judgeChange(view, input, current);
  else if (cls === 'step') j = judgeStepLevel(view, input, current);
  else if (cls === 'market' && (input.period?.type !== 'point' || input.period.period.length === 10))
    j = judgeQuote(view, input, current);
  else {
    const monthEnd = cls === 'market' ? monthEndClose(view, input) : undefined;
    j =
      monthEnd !== undefined
        ? judgeQuote(view, { ...input, period: monthEnd }, current)
        : judgePeriodicLevel(view, input, current);
  }
  let refined = j;
  for (const refine of REFINERS) refined = refine(view, input, refined);
  return refined;
}
