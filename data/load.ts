import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dataset } from '../lib/dataset/schema';
import { validateDataset } from '../lib/dataset/validate';
import { assembleDataset, type SeriesInput } from './assemble';
import { parseCsv } from './csv';
import {
  type BuildError,
  readFacts,
  readIndicators,
  readSeriesManifest,
  readSeriesPoints,
  seriesOverlaps,
} from './validate-rows';

export interface BuildResult {
  dataset: Dataset | null;
  errors: BuildError[];
}

/**
 * Reads `indicators.csv`, `facts.csv` and `series/series.csv` (+ the files it lists) from a data
 * directory, checks every row, and assembles the dataset. All errors are collected, not just the
 * first; the dataset is null when there is any.
 */
export function buildFromDir(dir: string, displayRoot = process.cwd()): BuildResult {
  const show = (p: string) => relative(displayRoot, p) || p;
  const errors: BuildError[] = [];
  const read = (path: string) => {
    if (!existsSync(path)) {
      errors.push({ file: show(path), line: 0, reason: 'file not found' });
      return null;
    }
    return parseCsv(readFileSync(path, 'utf8'));
  };

  const indPath = join(dir, 'indicators.csv');
  const indTable = read(indPath);
  const { indicators, errors: e1 } = indTable
    ? readIndicators(show(indPath), indTable)
    : { indicators: [], errors: [] };
  errors.push(...e1);

  const factsPath = join(dir, 'facts.csv');
  const factsTable = read(factsPath);
  const { facts, errors: e2 } = factsTable
    ? readFacts(show(factsPath), factsTable, indicators)
    : { facts: [], errors: [] };
  errors.push(...e2);

  const series: SeriesInput[] = [];
  const manPath = join(dir, 'series', 'series.csv');
  const manTable = read(manPath);
  if (manTable) {
    const { rows, errors: e3 } = readSeriesManifest(show(manPath), manTable, indicators);
    errors.push(...e3);
    for (const row of rows) {
      const p = join(dir, 'series', row.file);
      const t = read(p);
      if (!t) continue;
      const { points, errors: e4 } = readSeriesPoints(show(p), t, row.frequency);
      errors.push(...e4);
      series.push({ ...row, points });
    }
    errors.push(...seriesOverlaps(show(manPath), series));
  }

  if (errors.length) return { dataset: null, errors };
  const dataset = assembleDataset(indicators, facts, series);
  // The same check a refresh download gets: the build must never emit what the extension rejects.
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    return {
      dataset: null,
      errors: checked.errors.map((reason) => ({ file: '(assembled dataset)', line: 0, reason })),
    };
  }
  return { dataset, errors };
}

/** Serialisation used for public/dataset.json: stable key order, compact. */
export function serializeDataset(ds: Dataset): string {
  return `${JSON.stringify(ds)}\n`;
}
