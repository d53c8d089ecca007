import type { DatasetView } from '../dataset-view';
import { toDay } from '../dates';
import type { FigureRef, Judgement } from '../types';
import { compare } from './compare';
import { num, verdictOf } from './explain';
import type { JudgeInput } from './input';
import { TOLERANCES } from './tolerances';

/** Shorter spans are a day or two's swing, which intraday-extreme reads. */
const SPAN_EXTREME_MIN_DAYS = 7;

/**
 * Rule span-extreme: "rose to 1.4% from a year-to-date low of 0.9%", "a three-month high of 1.1950": the
 * lowest or highest level of a span, not the day's close. The span's lowest (highest) close matches; past
 * it by less than a day's swing is an intraday extreme the closes do not keep ("check"); a low above the
 * span's lowest close, or far beyond it, differs.
 */
export function judgeSpanExtreme(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement | null {
  const { period, extreme } = input;
  if ((extreme !== 'low' && extreme !== 'high') || period?.type !== 'span') return null;
  if (toDay(period.to) - toDay(period.from) < SPAN_EXTREME_MIN_DAYS) return null;
  const to = period.to > input.published ? input.published : period.to;
  let edge: { date: string; value: number; ref: FigureRef } | null = null;
  for (const p of view.daily(input.indicator.id)) {
    if (p.date <= period.from || p.date > to) continue;
    if (!edge || (extreme === 'low' ? p.value < edge.value : p.value > edge.value)) edge = p;
  }
  if (!edge) return null;
  const what = `${extreme === 'low' ? 'lowest' : 'highest'} close ${period.label}`;
  const said = `The ${what} was ${num(edge.value)} (${edge.date}).`;
  if (compare(input, edge.value) === 'matches') return verdictOf('matches', edge.ref, current, said);
  const beyond = extreme === 'low' ? edge.value - input.value : input.value - edge.value;
  const off = beyond / Math.abs(edge.value);
  if (off >= -TOLERANCES.marketSourceSpread && off <= TOLERANCES.intradaySwing)
    return verdictOf('check', edge.ref, current, `${said} An intraday ${extreme} may lie beyond it.`);
  return verdictOf('differs', edge.ref, current, said);
}
