import type { Dataset, Indicator, Observation } from '../dataset/schema';
import { compareVersions } from '../dataset/version';
import type { ProviderObservation } from './types';
import { figureProblem, heldRanges } from '../dataset/guard/plausible';
import { latestAllowedDay, periodStart } from '../dataset/guard/future';

export interface MergeReport {
  dataset: Dataset;
  /** New (indicator, period, as_of) rows, including new vintages of a known period. */
  added: number;
  /** Rows whose (indicator, period, as_of) existed with another value or source. */
  replaced: number;
  /** Figures not taken, each with the reason. */
  rejected: string[];
}

/**
 * Adds provider figures to a dataset as observations. The input dataset is not modified. A figure
 * is taken only if its indicator is in the catalogue with the same unit, its value is finite and
 * plausible next to the latest known value, and it says something new (a figure equal to the
 * latest vintage of its period is not added again). When anything is taken, the result gets a
 * version newer than `base.version` ('YYYY.M.D.N', dated `today`).
 */
export function mergeObservations(base: Dataset, incoming: ProviderObservation[], today: string): MergeReport {
  const indicators = new Map<string, Indicator>(base.indicators.map((i) => [i.id, i]));
  const sources = [...base.sources];
  const observations = [...base.observations];
  const rejected: string[] = [];
  let added = 0;
  let replaced = 0;
  let newest = base.snapshot;

  const sourceIndex = new Map<string, number>();
  for (const [k, s] of sources.entries()) sourceIndex.set(`${s.name}\u0000${s.url}\u0000${s.via ?? ''}`, k);
  const byKey = new Map<string, number>();
  for (const [k, o] of observations.entries()) byKey.set(obsKey(o), k);
  const latest = latestValues(base);
  const ranges = heldRanges(base);
  const lastDay = latestAllowedDay(new Date(`${today}T00:00:00Z`));
  // Daily series points already say what a same-day, same-value figure would.
  const inSeries = new Map<string, number>();
  for (const s of base.series) {
    if (s.frequency === 'daily') for (const [date, value] of s.points) inSeries.set(`${s.indicator}|${date}`, value);
  }

  for (const o of incoming) {
    const ind = indicators.get(o.indicator);
    const label = `${o.indicator} ${o.period}`;
    if (!ind) {
      rejected.push(`${label}: indicator not in the dataset`);
      continue;
    }
    if (ind.unit !== o.unit) {
      rejected.push(`${label}: unit ${o.unit} differs from the indicator's ${ind.unit}`);
      continue;
    }
    if (!Number.isFinite(o.value)) {
      rejected.push(`${label}: value is not a finite number`);
      continue;
    }
    if (periodStart(o.period) > lastDay || periodStart(o.as_of) > lastDay) {
      rejected.push(`${label}: dated after today (${today})`);
      continue;
    }
    const prev = latest.get(o.indicator);
    const outside = figureProblem(o.unit, ranges.get(o.indicator), o.value);
    const doubt = (prev ? implausible(o.unit, prev, o) : null) ?? (outside ? `implausible: ${outside}` : null);
    if (doubt) {
      rejected.push(`${label}: ${doubt}`);
      continue;
    }

    // A step rate confirmed later than its start day (as_of after period) still says something new.
    if (inSeries.get(`${o.indicator}|${o.period}`) === o.value && o.as_of <= o.period) continue;

    const sKey = `${o.source.name}\u0000${o.source.url}\u0000${o.source.via ?? ''}`;
    let source = sourceIndex.get(sKey);
    if (source === undefined) {
      source = sources.length;
      sources.push({ name: o.source.name, url: o.source.url, ...(o.source.via ? { via: o.source.via } : {}) });
      sourceIndex.set(sKey, source);
    }
    const row: Observation = {
      indicator: o.indicator,
      period: o.period,
      value: o.value,
      unit: o.unit,
      as_of: o.as_of,
      source,
      ...(o.note ? { note: o.note } : {}),
    };

    const key = obsKey(row);
    const at = byKey.get(key);
    if (at !== undefined) {
      const old = observations[at];
      // The same figure from a second publisher (FRED's copy and BLS itself) is not a change.
      if (old.value === row.value) continue;
      observations[at] = row;
      replaced++;
    } else {
      const vintage = latestVintage(observations, row.indicator, row.period);
      if (vintage && vintage.value === row.value && vintage.as_of >= row.as_of) continue;
      byKey.set(key, observations.length);
      observations.push(row);
      added++;
    }
    if (row.as_of.length === 10 && row.as_of > newest && row.as_of <= today) newest = row.as_of;
    if (!prev || row.period >= prev.period) latest.set(row.indicator, { period: row.period, value: row.value });
  }

  if (added === 0 && replaced === 0) return { dataset: base, added, replaced, rejected };

  const dataset: Dataset = {
    ...base,
    version: nextVersion(today, base.version),
    snapshot: newest,
    sources,
    observations,
  };
  return { dataset, added, replaced, rejected };
}

/**
 * The version a refresh made on `today` (YYYY-MM-DD) gets: 'YYYY.M.D.1', or one more than the
 * held version's last part when that is already on or after `today`.
 */
export function nextVersion(today: string, after: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const candidate = `${y}.${m}.${d}.1`;
  if (compareVersions(candidate, after) > 0) return candidate;
  const p = after.split('.');
  return `${p[0]}.${p[1]}.${p[2]}.${Number(p[3] ?? 0) + 1}`;
}

function obsKey(o: { indicator: string; period: string; as_of: string }): string {
  return `${o.indicator}|${o.period}|${o.as_of}`;
}

function latestVintage(obs: Observation[], indicator: string, period: string): Observation | null {
  let best: Observation | null = null;
  for (const o of obs) {
    if (o.indicator === indicator && o.period === period && (!best || o.as_of > best.as_of)) best = o;
  }
  return best;
}

interface Latest {
  period: string;
  value: number;
}

/** Latest dated value per indicator, from day-dated observations and series. */
function latestValues(ds: Dataset): Map<string, Latest> {
  const out = new Map<string, Latest>();
  const offer = (indicator: string, period: string, value: number) => {
    if (period.length !== 10) return;
    const cur = out.get(indicator);
    if (!cur || period > cur.period) out.set(indicator, { period, value });
  };
  for (const o of ds.observations) offer(o.indicator, o.period, o.value);
  for (const s of ds.series) {
    const last = s.points[s.points.length - 1];
    if (last && s.frequency === 'daily') offer(s.indicator, last[0], last[1]);
  }
  return out;
}

const DAY_MS = 86_400_000;

/**
 * A sanity bound, not a forecast: a feed that suddenly reports the yen at 1.45 or a 10-year yield
 * of 45% is broken, and one bad figure should not replace good ones. Only compared with a value
 * from the last ~13 months, since older figures say little about today's level.
 */
function implausible(unit: string, prev: Latest, next: ProviderObservation): string | null {
  const gap = Math.abs(Date.parse(`${next.period}T00:00:00Z`) - Date.parse(`${prev.period}T00:00:00Z`)) / DAY_MS;
  if (!(gap <= 400)) return null;
  if (unit === 'percent') {
    return Math.abs(next.value - prev.value) > 5
      ? `implausible: ${next.value}% against ${prev.value}% on ${prev.period}`
      : null;
  }
  // A payroll change swings from +63,000 to +20,000 or below zero: no ratio says it is broken.
  if (unit === 'jobs') return null;
  if (prev.value <= 0) return null;
  const ratio = next.value / prev.value;
  return ratio > 3 || ratio < 1 / 3 ? `implausible: ${next.value} against ${prev.value} on ${prev.period}` : null;
}
