import type { Dataset, Indicator, Series } from '../dataset/schema';
import type { FigureRef } from './types';
import { addDays, periodBounds, toDay } from './dates';

/**
 * Read access to a dataset shaped for judging: observations per indicator with their vintages,
 * and one daily timeline per market indicator (bundled series plus dated observations).
 */

export interface Point {
  date: string;
  value: number;
  ref: FigureRef;
}

export const STEP_KINDS = new Set(['rate', 'tariff', 'target']);
const MARKET_KINDS = new Set(['index', 'fx', 'yield', 'commodity', 'crypto']);

/** A month-only as_of ("2026-05") is known by the end of that month at the latest. */
export function asOfDay(asOf: string): string {
  return asOf.length === 7 ? periodBounds(asOf).to : asOf;
}

/** A monthly release's next edition, which revises the months before it, is out this many days after it. */
export const REVISION_CYCLE_DAYS = 28;

/**
 * Rule next-edition-revision: a revision stored from a later edition dated by month only ("2026-05",
 * the month its table was read) was out by then at the latest; a monthly release revises the month
 * before it in its next edition, so it is taken as out one cycle after the dated first print.
 */
export function effectiveAsOf(o: FigureRef, list: readonly FigureRef[]): string {
  const day = asOfDay(o.as_of);
  if (o.as_of.length !== 7) return day;
  const first = list.find((x) => x !== o && x.as_of.length === 10 && x.as_of < day);
  if (!first) return day;
  const next = addDays(first.as_of, REVISION_CYCLE_DAYS);
  return next < day ? next : day;
}

export class DatasetView {
  private readonly obsById = new Map<string, FigureRef[]>();
  private readonly dailyCache = new Map<string, Point[]>();
  private readonly monthlyById = new Map<string, Point[]>();
  private readonly seriesDaily = new Map<string, Point[]>();

  constructor(readonly dataset: Dataset) {
    for (const o of dataset.observations) {
      const source = dataset.sources[o.source];
      if (!source) continue;
      const ref: FigureRef = { period: o.period, value: o.value, as_of: o.as_of, source };
      if (o.note) ref.note = o.note;
      if (o.valid_to) ref.valid_to = o.valid_to;
      const list = this.obsById.get(o.indicator) ?? [];
      list.push(ref);
      this.obsById.set(o.indicator, list);
    }
    for (const list of this.obsById.values()) {
      list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.as_of < b.as_of ? -1 : 1));
    }
    // Series become point objects only when an indicator is first judged: a page uses a few of them.
    for (const s of dataset.series) {
      const list = this.rawSeries.get(s.indicator) ?? [];
      list.push(s);
      this.rawSeries.set(s.indicator, list);
    }
  }

  private readonly rawSeries = new Map<string, Series[]>();

  private seriesPoints(id: string, frequency: 'daily' | 'monthly'): Point[] {
    const cache = frequency === 'daily' ? this.seriesDaily : this.monthlyById;
    let pts = cache.get(id);
    if (pts) return pts;
    pts = [];
    for (const s of this.rawSeries.get(id) ?? []) {
      const source = this.dataset.sources[s.source];
      if (!source || s.frequency !== frequency) continue;
      for (const [date, value] of s.points) {
        const ref: FigureRef = {
          period: frequency === 'monthly' ? date.slice(0, 7) : date,
          value,
          as_of: date,
          source,
        };
        if (s.note) ref.note = s.note;
        pts.push({ date, value, ref });
      }
    }
    pts.sort((a, b) => (a.date < b.date ? -1 : 1));
    cache.set(id, pts);
    return pts;
  }

  observations(id: string): FigureRef[] {
    return this.obsById.get(id) ?? [];
  }

  hasData(id: string): boolean {
    return this.observations(id).length > 0 || this.rawSeries.has(id);
  }

  /** Daily points: the bundled series, plus observations dated to a day that the series lacks. */
  daily(id: string): Point[] {
    const cached = this.dailyCache.get(id);
    if (cached) return cached;
    const byDate = new Map<string, Point>();
    for (const o of this.observations(id)) {
      if (o.period.length === 10) byDate.set(o.period, { date: o.period, value: o.value, ref: o });
    }
    for (const p of this.seriesPoints(id, 'daily')) byDate.set(p.date, p);
    const out = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    this.dailyCache.set(id, out);
    return out;
  }

  private readonly periodsCache = new Map<string, string[]>();

  /** Every period with a figure (observations and monthly points), sorted. */
  periods(id: string): string[] {
    let hit = this.periodsCache.get(id);
    if (!hit) {
      hit = [
        ...new Set([...this.observations(id).map((o) => o.period), ...this.monthly(id).map((m) => m.ref.period)]),
      ].sort();
      this.periodsCache.set(id, hit);
    }
    return hit;
  }

  monthly(id: string): Point[] {
    return this.seriesPoints(id, 'monthly');
  }

  /** The last daily point on or before `date`, if it is no more than `maxGap` days earlier. */
  pointOnOrBefore(id: string, date: string, maxGap = 6): Point | null {
    const pts = this.daily(id);
    let lo = 0;
    let hi = pts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pts[mid]!.date <= date) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    const p = pts[found]!;
    return toDay(date) - toDay(p.date) <= maxGap ? p : null;
  }

  /** The vintage of `period` known on `date` (or the first one, if all came later) and the latest. */
  vintages(
    id: string,
    period: string,
    date: string,
  ): { known: FigureRef | null; latest: FigureRef | null; later: boolean } {
    const list = this.observations(id).filter((o) => o.period === period);
    if (!list.length) return { known: null, latest: null, later: false };
    const before = list.filter((o) => effectiveAsOf(o, list) <= date);
    const known = before.length ? before[before.length - 1]! : list[0]!;
    return { known, latest: list[list.length - 1]!, later: before.length === 0 };
  }

  private readonly latestCache = new Map<string, FigureRef | null>();

  /** Latest figure: the last period's last vintage, or the last series point if later. */
  latest(id: string): FigureRef | null {
    let hit = this.latestCache.get(id);
    if (hit === undefined) this.latestCache.set(id, (hit = this.computeLatest(id)));
    return hit;
  }

  private computeLatest(id: string): FigureRef | null {
    const obs = this.observations(id);
    let best: FigureRef | null = obs.length ? obs[obs.length - 1]! : null;
    const daily = this.daily(id);
    const lastDaily = daily[daily.length - 1];
    if (lastDaily && (!best || periodBounds(best.period).to <= lastDaily.date)) best = lastDaily.ref;
    const monthly = this.monthly(id);
    const lastMonthly = monthly[monthly.length - 1];
    if (lastMonthly && (!best || periodBounds(best.period).to < lastMonthly.date)) best = lastMonthly.ref;
    return best;
  }

  private readonly gridCache = new Map<string, number>();

  /**
   * rate-grid: the coarsest of a quarter, a twentieth or a hundredth of a point that every stored value of the
   * indicator is a whole multiple of ("3.75", "3.50": the Fed's quarter points; "3.45", "3.10": the LPR's
   * twentieths). Set rates move on such a grid, so a figure off it ("4.17%", "12 basis points") is no such rate.
   */
  grid(id: string): number {
    const cached = this.gridCache.get(id);
    if (cached !== undefined) return cached;
    const values = [...this.observations(id).map((o) => o.value), ...this.daily(id).map((p) => p.value)];
    const grid = RATE_GRIDS.find((g) => values.every((v) => onGrid(v, g))) ?? 0;
    this.gridCache.set(id, grid);
    return grid;
  }

  /** A typical size for the indicator's values, to rule out numbers of the wrong magnitude. */
  magnitude(id: string): number | null {
    const l = this.latest(id);
    return l ? Math.abs(l.value) : null;
  }

  /** Sparkline points: up to `n` recent values. */
  sparkline(id: string, n = 60): { date: string; value: number }[] {
    const d = this.daily(id);
    const src = d.length >= 8 ? d : this.monthly(id).length >= 8 ? this.monthly(id) : [];
    return src.slice(-n).map((p) => ({ date: p.date, value: p.value }));
  }
}

export function indicatorClass(ind: Indicator): 'step' | 'market' | 'periodic' {
  if (STEP_KINDS.has(ind.kind)) return 'step';
  if (MARKET_KINDS.has(ind.kind)) return 'market';
  return 'periodic';
}

/** The grids a set rate may move on, coarsest first (grid in DatasetView). */
const RATE_GRIDS = [0.25, 0.05, 0.01];

/** Whether a value is a whole multiple of the grid, to the precision figures are written with. */
export function onGrid(value: number, grid: number): boolean {
  if (grid <= 0) return true;
  const steps = value / grid;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}
