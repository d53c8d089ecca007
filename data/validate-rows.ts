import { AS_OF_RE, CATEGORIES, DATE_RE, INDICATOR_KINDS, PERIOD_RE, UNITS } from '../lib/dataset/schema';
import type { Category, Indicator, IndicatorKind, Unit } from '../lib/dataset/schema';
import { type CsvTable, recordObject } from './csv';
import { nonPrimarySource } from './primary-source';
import { rejectedKind } from './source-hosts';

/** One problem in a source file, printed as `file:line: reason`. */
export interface BuildError {
  file: string;
  line: number;
  reason: string;
}

export const formatError = (e: BuildError): string => `${e.file}:${e.line}: ${e.reason}`;

export interface FactRow {
  line: number;
  indicator: string;
  period: string;
  value: number;
  unit: Unit;
  as_of: string;
  source_name: string;
  source_url: string;
  note: string;
  /** The copy the figure was read from, when not the publisher's page ('' when none). */
  via: string;
  /** Step indicators: the last day the value was in force ('' while in force). */
  valid_to: string;
}

export interface SeriesManifestRow {
  line: number;
  file: string;
  indicator: string;
  frequency: 'daily' | 'monthly';
  source_name: string;
  source_url: string;
  note: string;
  via: string;
}

const INDICATOR_COLUMNS = ['id', 'name', 'unit', 'kind', 'category', 'aliases'];
const FACT_COLUMNS = ['indicator_id', 'period', 'value', 'unit', 'as_of', 'source_name', 'source_url', 'note'];
const SERIES_MANIFEST_COLUMNS = ['file', 'indicator', 'frequency', 'source_name', 'source_url', 'note'];

const ID_RE = /^[a-z]{2,6}\.[a-z0-9_]+$/;
const NUMBER_RE = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A plain decimal number; `NaN`, `Infinity`, blanks and `1,000` are refused rather than coerced. */
function parseValue(raw: string): number | null {
  if (!NUMBER_RE.test(raw)) return null;
  const v = Number(raw);
  return Number.isFinite(v) ? v : null;
}

function isHttpsUrl(raw: string): boolean {
  if (!raw.startsWith('https://')) return false;
  try {
    return new URL(raw).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A calendar-valid ISO date (rejects 2025-02-30, which the regex alone lets through). */
/**
 * Problems with a source/via pair: the source must be an https page not on a code host, blog, wiki,
 * aggregator or AI-summary site (e.g. a github.com mirror of FRED goes in `via`, the FRED page in
 * the source); `via`, when given, must be https.
 */
function sourceProblems(sourceUrl: string, via: string): string[] {
  const out: string[] = [];
  if (!isHttpsUrl(sourceUrl)) out.push(`source url "${sourceUrl}" is not an https URL`);
  else {
    const kind = rejectedKind(sourceUrl);
    if (kind) out.push(`source url "${sourceUrl}" is on a ${kind}, not the publisher's page (put it in "via")`);
  }
  if (via && !isHttpsUrl(via)) out.push(`via "${via}" is not an https URL`);
  return out;
}

function isRealDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkHeader(file: string, table: CsvTable, expected: string[], errors: BuildError[]): boolean {
  const missing = expected.filter((c) => !table.header.includes(c));
  if (missing.length) {
    errors.push({ file, line: 1, reason: `missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}` });
    return false;
  }
  for (const e of table.errors) errors.push({ file, line: e.line, reason: e.reason });
  return true;
}

export function readIndicators(file: string, table: CsvTable): { indicators: Indicator[]; errors: BuildError[] } {
  const errors: BuildError[] = [];
  const indicators: Indicator[] = [];
  if (!checkHeader(file, table, INDICATOR_COLUMNS, errors)) return { indicators, errors };
  const seen = new Map<string, number>();
  for (const rec of table.records) {
    const r = recordObject(table.header, rec);
    const err = (reason: string) => errors.push({ file, line: rec.line, reason });
    let ok = true;
    if (!ID_RE.test(r.id)) {
      err(`indicator id "${r.id}" must look like xx.name`);
      ok = false;
    }
    const first = seen.get(r.id);
    if (first !== undefined) {
      err(`duplicate indicator id "${r.id}" (first at line ${first})`);
      ok = false;
    } else seen.set(r.id, rec.line);
    if (!r.name) {
      err(`indicator "${r.id}" has no name`);
      ok = false;
    }
    if (!(UNITS as readonly string[]).includes(r.unit)) {
      err(`unknown unit "${r.unit}"`);
      ok = false;
    }
    if (!(INDICATOR_KINDS as readonly string[]).includes(r.kind)) {
      err(`unknown kind "${r.kind}"`);
      ok = false;
    }
    if (!(CATEGORIES as readonly string[]).includes(r.category)) {
      err(`unknown category "${r.category}"`);
      ok = false;
    }
    const aliases = r.aliases
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean);
    const dupAlias = aliases.find((a, k) => aliases.findIndex((b) => b.toLowerCase() === a.toLowerCase()) !== k);
    if (dupAlias) err(`alias "${dupAlias}" listed twice`);
    if (ok) {
      indicators.push({
        id: r.id,
        name: r.name,
        unit: r.unit as Unit,
        kind: r.kind as IndicatorKind,
        category: r.category as Category,
        aliases,
      });
    }
  }
  return { indicators, errors };
}

export function readFacts(
  file: string,
  table: CsvTable,
  indicators: readonly Indicator[],
): { facts: FactRow[]; errors: BuildError[] } {
  const errors: BuildError[] = [];
  const facts: FactRow[] = [];
  if (!checkHeader(file, table, FACT_COLUMNS, errors)) return { facts, errors };
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const seen = new Map<string, number>();
  for (const rec of table.records) {
    const r = recordObject(table.header, rec);
    const err = (reason: string) => errors.push({ file, line: rec.line, reason });
    const before = errors.length;
    const ind = byId.get(r.indicator_id);
    if (!ind) err(`unknown indicator "${r.indicator_id}"`);
    else if (r.unit !== ind.unit) err(`unit mismatch: "${r.unit}" but ${ind.id} is in "${ind.unit}"`);
    const value = parseValue(r.value);
    if (value === null) err(`value "${r.value}" is not a finite number`);
    if (!PERIOD_RE.test(r.period) || (r.period.length === 10 && !isRealDate(r.period))) {
      err(`period "${r.period}" is not YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD`);
    }
    if (!AS_OF_RE.test(r.as_of) || (r.as_of.length === 10 && !isRealDate(r.as_of))) {
      err(`as_of "${r.as_of}" is not YYYY-MM or YYYY-MM-DD`);
    }
    if (!r.source_name) err('no source name');
    const problems = sourceProblems(r.source_url, r.via ?? '');
    for (const p of problems) err(p);
    const notPrimary = problems.length ? null : nonPrimarySource(r.indicator_id, r.period, r.source_url);
    if (notPrimary) err(notPrimary);
    const validTo = r.valid_to ?? '';
    if (validTo) {
      if (!isRealDate(validTo)) err(`valid_to "${validTo}" is not a YYYY-MM-DD date`);
      else if (r.period.length === 10 && validTo < r.period)
        err(`valid_to "${validTo}" is before the period "${r.period}"`);
    }
    const key = `${r.indicator_id}|${r.period}|${r.as_of}`;
    const first = seen.get(key);
    if (first !== undefined) {
      err(
        `duplicate (indicator, period, as_of) ("${r.indicator_id}", "${r.period}", "${r.as_of}"), first at line ${first}`,
      );
    } else seen.set(key, rec.line);
    if (errors.length === before && ind && value !== null) {
      facts.push({
        line: rec.line,
        indicator: ind.id,
        period: r.period,
        value,
        unit: ind.unit,
        as_of: r.as_of,
        source_name: r.source_name,
        source_url: r.source_url,
        note: r.note,
        via: r.via ?? '',
        valid_to: validTo,
      });
    }
  }
  return { facts, errors };
}

export function readSeriesManifest(
  file: string,
  table: CsvTable,
  indicators: readonly Indicator[],
): { rows: SeriesManifestRow[]; errors: BuildError[] } {
  const errors: BuildError[] = [];
  const rows: SeriesManifestRow[] = [];
  if (!checkHeader(file, table, SERIES_MANIFEST_COLUMNS, errors)) return { rows, errors };
  const ids = new Set(indicators.map((i) => i.id));
  const seen = new Map<string, number>();
  for (const rec of table.records) {
    const r = recordObject(table.header, rec);
    const err = (reason: string) => errors.push({ file, line: rec.line, reason });
    const before = errors.length;
    if (!/^[\w.-]+\.csv$/.test(r.file)) err(`series file name "${r.file}" must be a plain .csv name`);
    if (!ids.has(r.indicator)) err(`unknown indicator "${r.indicator}"`);
    if (r.frequency !== 'daily' && r.frequency !== 'monthly')
      err(`frequency "${r.frequency}" must be daily or monthly`);
    if (!r.source_name) err('no source name');
    for (const p of sourceProblems(r.source_url, r.via ?? '')) err(p);
    // One file per publisher: an indicator may have several series of one frequency (ether from
    // Coinbase, then from Kraken), as long as their dates do not overlap (seriesOverlaps, after reading).
    const first = seen.get(r.file);
    if (first !== undefined) err(`series file "${r.file}" listed twice, first at line ${first}`);
    else seen.set(r.file, rec.line);
    if (errors.length === before) {
      rows.push({
        line: rec.line,
        file: r.file,
        indicator: r.indicator,
        frequency: r.frequency as 'daily' | 'monthly',
        source_name: r.source_name,
        source_url: r.source_url,
        note: r.note,
        via: r.via ?? '',
      });
    }
  }
  return { rows, errors };
}

/** Reads a `date,value` series file: real dates, strictly ascending, finite values. */
export function readSeriesPoints(
  file: string,
  table: CsvTable,
  frequency: 'daily' | 'monthly',
): { points: [string, number][]; errors: BuildError[] } {
  const errors: BuildError[] = [];
  const points: [string, number][] = [];
  if (!checkHeader(file, table, ['date', 'value'], errors)) return { points, errors };
  let prev = '';
  for (const rec of table.records) {
    const r = recordObject(table.header, rec);
    const err = (reason: string) => errors.push({ file, line: rec.line, reason });
    const before = errors.length;
    if (!isRealDate(r.date)) err(`date "${r.date}" is not a YYYY-MM-DD date`);
    else if (frequency === 'monthly' && !r.date.endsWith('-01')) err(`monthly point "${r.date}" must be dated the 1st`);
    else if (prev && r.date <= prev)
      err(`date "${r.date}" is not after the previous "${prev}" (series must be sorted, no repeats)`);
    const value = parseValue(r.value);
    if (value === null) err(`value "${r.value}" is not a finite number`);
    if (errors.length === before && value !== null) {
      points.push([r.date, value]);
      prev = r.date;
    }
  }
  return { points, errors };
}

/**
 * Series of one indicator and frequency taken from several publishers must cover separate dates:
 * "ether from Coinbase to 2024-07-22, from Kraken from 2024-07-23", never two figures for one day.
 */
export function seriesOverlaps(
  file: string,
  series: readonly {
    line: number;
    file: string;
    indicator: string;
    frequency: string;
    points: readonly [string, number][];
  }[],
): BuildError[] {
  const errors: BuildError[] = [];
  const groups = new Map<string, (typeof series)[number][]>();
  for (const s of series) {
    if (!s.points.length) continue;
    const key = `${s.indicator}|${s.frequency}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => (a.points[0]![0] < b.points[0]![0] ? -1 : 1));
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      const prevEnd = prev.points.at(-1)![0];
      if (cur.points[0]![0] <= prevEnd)
        errors.push({
          file,
          line: cur.line,
          reason: `${cur.frequency} series for "${cur.indicator}" in ${cur.file} starts ${cur.points[0]![0]}, before ${prev.file} ends (${prevEnd})`,
        });
    }
  }
  return errors;
}
