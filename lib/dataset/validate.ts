import * as v from 'valibot';
import { DatasetSchema, PERIOD_RE, type Dataset } from './schema';

/**
 * Checks a dataset from anywhere (the build, the bundle, a refresh download): the wire schema,
 * then what a schema cannot say — references, units, ordering and uniqueness.
 */
export function validateDataset(raw: unknown): { ok: true; dataset: Dataset } | { ok: false; errors: string[] } {
  const parsed = v.safeParse(DatasetSchema, raw);
  if (!parsed.success) {
    const errors = parsed.issues.slice(0, 50).map((i) => {
      const path = i.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${i.message}` : i.message;
    });
    return { ok: false, errors };
  }
  const ds = parsed.output;
  const errors: string[] = [];
  const add = (msg: string) => {
    if (errors.length < 200) errors.push(msg);
  };

  const indicators = new Map<string, Dataset['indicators'][number]>();
  ds.indicators.forEach((ind, k) => {
    if (indicators.has(ind.id)) add(`indicators.${k}: duplicate indicator id "${ind.id}"`);
    indicators.set(ind.id, ind);
  });

  ds.sources.forEach((s, k) => {
    if (!isHttps(s.url)) add(`sources.${k}: url is not https`);
  });

  const keys = new Set<string>();
  ds.observations.forEach((o, k) => {
    const at = `observations.${k}`;
    const ind = indicators.get(o.indicator);
    if (!ind) add(`${at}: unknown indicator "${o.indicator}"`);
    else if (ind.unit !== o.unit) add(`${at}: unit "${o.unit}" differs from ${ind.id}'s unit "${ind.unit}"`);
    if (o.source >= ds.sources.length) add(`${at}: source index ${o.source} out of range`);
    if (!PERIOD_RE.test(o.period) || !periodIsReal(o.period)) add(`${at}: period "${o.period}" is not a real period`);
    if (!Number.isFinite(o.value)) add(`${at}: value is not finite`);
    const key = `${o.indicator}|${o.period}|${o.as_of}`;
    if (keys.has(key)) add(`${at}: duplicate (indicator, period, as_of) ${key}`);
    keys.add(key);
  });

  ds.series.forEach((s, k) => {
    const at = `series.${k}`;
    if (!indicators.has(s.indicator)) add(`${at}: unknown indicator "${s.indicator}"`);
    if (s.source >= ds.sources.length) add(`${at}: source index ${s.source} out of range`);
    let prev = '';
    s.points.forEach(([date, value], j) => {
      if (!periodIsReal(date)) add(`${at}.points.${j}: date "${date}" is not a real date`);
      if (prev && date <= prev) add(`${at}.points.${j}: dates not strictly ascending ("${prev}" then "${date}")`);
      if (!Number.isFinite(value)) add(`${at}.points.${j}: value is not finite`);
      prev = date;
    });
  });

  return errors.length ? { ok: false, errors } : { ok: true, dataset: ds };
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** PERIOD_RE admits 2025-02-31; a day must also exist in the calendar. */
function periodIsReal(p: string): boolean {
  if (p.length !== 10) return true;
  const d = new Date(`${p}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === p;
}
