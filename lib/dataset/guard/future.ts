import type { Dataset } from '../schema';

/**
 * Rule: nothing in a downloaded dataset is dated after today.
 * Example: snapshot '2099-01-01', version '2099.1.1' or an as_of of next month is refused.
 *
 * A version or snapshot from the future would outrank every later dataset and every newer bundled
 * snapshot (versions only go up), so one bad file would freeze the figures for decades.
 */

/** Days a date may lie past today: a publisher a time zone ahead, or a clock slightly fast. */
export const FUTURE_ALLOWANCE_DAYS = 2;

const DAY_MS = 86_400_000;

/** The last day (YYYY-MM-DD) a dataset may name, seen from `now`. */
export function latestAllowedDay(now: Date): string {
  return new Date(now.getTime() + FUTURE_ALLOWANCE_DAYS * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of a period ('2026' → '2026-01-01', '2026-Q3' → '2026-07-01', '2026-H2' → '2026-07-01'). */
export function periodStart(period: string): string {
  const y = period.slice(0, 4);
  const rest = period.slice(5);
  if (!rest) return `${y}-01-01`;
  if (rest[0] === 'Q') return `${y}-${String((Number(rest[1]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (rest[0] === 'H') return `${y}-${rest[1] === '1' ? '01' : '07'}-01`;
  return rest.length === 2 ? `${y}-${rest}-01` : period;
}

/** The day a version names ('2026.8.21.3' → '2026-08-21'). */
export function versionDay(version: string): string {
  const [y, m, d] = version.split('.');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** Why the dataset is dated in the future, or null when it is not. */
export function futureProblem(ds: Dataset, now: Date): string | null {
  const limit = latestAllowedDay(now);
  const today = now.toISOString().slice(0, 10);
  const after = (what: string) => `${what} is after today (${today})`;
  if (versionDay(ds.version) > limit) return after(`its version ${ds.version}`);
  if (ds.snapshot > limit) return after(`its snapshot date ${ds.snapshot}`);
  for (const o of ds.observations) {
    if (periodStart(o.as_of) > limit) return after(`${o.indicator}'s figure published ${o.as_of}`);
    if (periodStart(o.period) > limit) return after(`${o.indicator}'s figure for ${o.period}`);
  }
  for (const s of ds.series) {
    const last = s.points[s.points.length - 1];
    if (last && last[0] > limit) return after(`${s.indicator}'s series point of ${last[0]}`);
  }
  return null;
}
