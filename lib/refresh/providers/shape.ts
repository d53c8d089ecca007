import type { Source, Unit } from '../../dataset/schema';
import { assertPlausible } from '../plausible';
import type { ProviderObservation } from '../types';

/** A dated value as a publisher lists it: [YYYY-MM-DD, value], dates ascending. */
export type Point = [string, number];

/**
 * How a publisher's series becomes catalogue figures:
 * - daily: each day is a figure (a close, a fixing);
 * - step: a policy rate; one figure dated the day the current value took effect;
 * - monthly / quarterly / annual: the value as published for that period (unemployment rate, GDP growth);
 * - yoy: 12-month % change of an index (CPI 320.6 vs 310.3 → 3.3);
 * - diff: change on the previous month, times `scale` (payrolls in thousands → jobs);
 * - mom: % change on the previous month (retail sales).
 */
type Shape = 'daily' | 'step' | 'monthly' | 'quarterly' | 'annual' | 'yoy' | 'diff' | 'mom';

export interface SeriesSpec {
  indicator: string;
  unit: Unit;
  shape: Shape;
  /** Multiplies the published value (billions → USD, thousands → jobs). */
  scale?: number;
  source: Source;
  note?: string;
}

/** How many of the latest periods a reply contributes; older ones are in the bundle already. */
export const KEEP = { daily: 10, periods: 3 };

const round = (x: number, dp: number) => Number(x.toFixed(dp));

const monthOf = (date: string) => date.slice(0, 7);
export function quarterOf(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The day the last value in `points` took effect, or null when it held for the whole reply. */
export function stepStart(points: Point[]): Point | null {
  if (points.length === 0) return null;
  let i = points.length - 1;
  const value = points[i]![1];
  while (i > 0 && points[i - 1]![1] === value) i--;
  return i === 0 && points.length > 1 ? null : points[i]!;
}

function byMonth(points: Point[]): Map<string, number> {
  return new Map(points.map(([d, v]) => [monthOf(d), v]));
}

function monthBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const t = y! * 12 + (m! - 1) - n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/**
 * Turns one published series into observations: the latest few figures, each checked against
 * the unit's possible range. `asOf` is the day the reply was read (monthly and quarterly
 * releases carry no publication date in these formats).
 */
export function shapeSeries(who: string, spec: SeriesSpec, points: Point[], asOf: string): ProviderObservation[] {
  const scale = spec.scale ?? 1;
  const make = (period: string, value: number, as_of: string, note?: string): ProviderObservation => {
    assertPlausible(who, spec.indicator, spec.unit, value, period);
    const n = note ?? spec.note;
    return {
      indicator: spec.indicator,
      period,
      value,
      unit: spec.unit,
      as_of,
      source: spec.source,
      ...(n ? { note: n } : {}),
    };
  };
  const tail = <T>(xs: T[], n: number) => xs.slice(Math.max(0, xs.length - n));
  // Published figures keep their digits; only a unit change (billions → dollars) is rounded.
  const scaled = (v: number) => (spec.scale === undefined ? v : round(v * scale, 6));

  switch (spec.shape) {
    case 'daily':
      return tail(points, KEEP.daily).map(([d, v]) => make(d, scaled(v), d));
    case 'step': {
      const start = stepStart(points);
      if (!start) return [];
      const last = points[points.length - 1]![0];
      return [make(start[0], scaled(start[1]), last > asOf ? asOf : last)];
    }
    case 'monthly':
      return tail(points, KEEP.periods).map(([d, v]) => make(monthOf(d), scaled(v), asOf));
    case 'quarterly':
      return tail(points, KEEP.periods).map(([d, v]) => make(quarterOf(d), scaled(v), asOf));
    case 'annual':
      return tail(points, KEEP.periods).map(([d, v]) => make(d.slice(0, 4), scaled(v), asOf));
    case 'yoy':
    case 'mom':
    case 'diff': {
      const months = byMonth(points);
      const out: ProviderObservation[] = [];
      for (const [d, v] of tail(points, KEEP.periods)) {
        const month = monthOf(d);
        const before = months.get(monthBefore(month, spec.shape === 'yoy' ? 12 : 1));
        if (before === undefined || before === 0) continue;
        const value =
          spec.shape === 'diff' ? round((v - before) * scale, 0) : round(((v - before) / Math.abs(before)) * 100, 1);
        out.push(make(month, value, asOf));
      }
      return out;
    }
  }
}
