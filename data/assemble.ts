import Fuse from 'fuse.js';
import { ALIAS_KEYS, aliasRecords } from '../lib/dataset/aliases';
import type { Dataset, Indicator, Observation, Series, Source } from '../lib/dataset/schema';
import { versionFromSnapshot } from '../lib/dataset/version';
import type { FactRow, SeriesManifestRow } from './validate-rows';

/**
 * Daily points older than this are left out of the bundle: they keep it small, and index owners
 * allow only what the checks need. December 2023 stays so a 2024 year-to-date change can be checked.
 */
const DAILY_FROM = '2023-12-01';
const MONTHLY_FROM = '2015-01-01';

export interface SeriesInput extends SeriesManifestRow {
  points: [string, number][];
}

/** Deduplicates {name, url} pairs in first-seen order. */
class SourceTable {
  readonly list: Source[] = [];
  private index = new Map<string, number>();
  add(name: string, url: string, via = ''): number {
    const key = `${name}\u0000${url}\u0000${via}`;
    let k = this.index.get(key);
    if (k === undefined) {
      k = this.list.length;
      this.list.push(via ? { name, url, via } : { name, url });
      this.index.set(key, k);
    }
    return k;
  }
}

/**
 * The snapshot date is the newest date the data speaks for (an as_of or a series point), so the
 * same inputs always give the same dataset and version.
 */
function snapshotDate(facts: readonly FactRow[], series: readonly SeriesInput[]): string {
  let max = '';
  for (const f of facts) {
    const d = f.as_of.length === 7 ? `${f.as_of}-01` : f.as_of;
    if (d > max) max = d;
  }
  for (const s of series) {
    const last = s.points[s.points.length - 1];
    if (last && last[0] > max) max = last[0];
  }
  if (!max) throw new Error('no dated data: cannot derive a snapshot date');
  return max;
}

export function assembleDataset(indicators: Indicator[], facts: FactRow[], series: SeriesInput[]): Dataset {
  const sources = new SourceTable();
  const order = new Map(indicators.map((ind, k) => [ind.id, k]));
  const sortedFacts = [...facts].sort(
    (a, b) =>
      (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) || cmp(a.period, b.period) || cmp(a.as_of, b.as_of),
  );
  const observations: Observation[] = sortedFacts.map((f) => {
    const o: Observation = {
      indicator: f.indicator,
      period: f.period,
      value: f.value,
      unit: f.unit,
      as_of: f.as_of,
      source: sources.add(f.source_name, f.source_url, f.via),
    };
    if (f.note) o.note = f.note;
    if (f.valid_to) o.valid_to = f.valid_to;
    return o;
  });

  const bundled: Series[] = [...series]
    .sort((a, b) => (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) || cmp(a.frequency, b.frequency))
    .map((s) => {
      const from = s.frequency === 'daily' ? DAILY_FROM : MONTHLY_FROM;
      const out: Series = {
        indicator: s.indicator,
        frequency: s.frequency,
        points: s.points.filter(([d]) => d >= from),
        source: sources.add(s.source_name, s.source_url, s.via),
      };
      if (s.note) out.note = s.note;
      return out;
    });

  const snapshot = snapshotDate(facts, series);
  return {
    format: 1,
    version: versionFromSnapshot(snapshot),
    snapshot,
    indicators,
    sources: sources.list,
    observations,
    series: bundled,
    aliasIndex: Fuse.createIndex([...ALIAS_KEYS], aliasRecords(indicators)).toJSON(),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
