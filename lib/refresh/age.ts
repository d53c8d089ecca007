import { CATEGORIES, type Category, type Dataset } from '../dataset/schema';

/**
 * How long a category normally goes between new figures, in days, with slack for weekends and
 * release lags: markets daily, policy rates and yields at least every meeting cycle, monthly
 * statistics a month plus their release lag. Tariffs change by decree, on no cycle.
 */
export const CYCLE_DAYS: Record<Category, number | null> = {
  fx: 5,
  indices: 5,
  commodities: 5,
  crypto: 3,
  rates: 50,
  macro: 75,
  holdings: 80,
  tariffs: null,
};

const DAY_MS = 86_400_000;

/** The last day a figure can have been known: as_of, or a month's last day when only the month is given. */
function knownOn(asOf: string): string {
  if (asOf.length === 10) return asOf;
  const [y, m] = asOf.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
}

export interface IndicatorAge {
  id: string;
  category: Category;
  /** The figure for the latest period, with the day it was known. */
  latest: { period: string; value: number; known: string } | null;
  /** Days from the most recent day any of its figures was known to `today`; null with no figure. */
  ageDays: number | null;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Per indicator: its latest figure and how old the dataset's knowledge of it is. */
export function indicatorAges(ds: Dataset, today: string): IndicatorAge[] {
  return ds.indicators.map((ind) => {
    let latest: IndicatorAge['latest'] = null;
    let newestKnown = '';
    const offer = (period: string, value: number, known: string) => {
      if (known > newestKnown) newestKnown = known;
      if (!latest || period > latest.period || (period === latest.period && known > latest.known))
        latest = { period, value, known };
    };
    for (const o of ds.observations) if (o.indicator === ind.id) offer(o.period, o.value, knownOn(o.as_of));
    for (const s of ds.series) {
      if (s.indicator !== ind.id) continue;
      const last = s.points[s.points.length - 1];
      // A monthly point is dated the 1st; it was known at the earliest after the month ended.
      if (last)
        offer(
          s.frequency === 'daily' ? last[0] : last[0].slice(0, 7),
          last[1],
          s.frequency === 'daily' ? last[0] : knownOn(last[0].slice(0, 7)),
        );
    }
    return {
      id: ind.id,
      category: ind.category,
      latest,
      ageDays: newestKnown ? daysBetween(newestKnown, today) : null,
    };
  });
}

export interface StaleCategory {
  category: Category;
  cycleDays: number;
  /** Indicators in the category older than its cycle, of all its indicators. */
  stale: number;
  total: number;
  oldestDays: number;
}

/** Categories holding indicators older than the category's usual release cycle. */
export function staleCategories(ds: Dataset, today: string): StaleCategory[] {
  const ages = indicatorAges(ds, today);
  const out: StaleCategory[] = [];
  for (const category of CATEGORIES) {
    const cycle = CYCLE_DAYS[category];
    const mine = ages.filter((a) => a.category === category);
    if (cycle === null || mine.length === 0) continue;
    const old = mine.filter((a) => a.ageDays === null || a.ageDays > cycle);
    if (old.length === 0) continue;
    const oldestDays = Math.max(...old.map((a) => a.ageDays ?? Infinity));
    out.push({ category, cycleDays: cycle, stale: old.length, total: mine.length, oldestDays });
  }
  return out;
}
