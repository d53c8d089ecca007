/**
 * `npm run data`: validates data/ and writes public/dataset.json.
 * `npm run data -- --report`: also prints the coverage report (and writes it with --md PATH).
 * `npm run data -- --check`: fails if public/dataset.json is not what data/ builds to.
 * `npm run data -- --refresh [--prior FILE] [--base URL] [--today YYYY-MM-DD]`: also runs every
 *   refresh provider (replayed from --base when given), merges, validates and bumps the version.
 * `npm run data -- --coverage [--today YYYY-MM-DD]`: per indicator its latest figure, age and provider.
 * With --refresh or --manifest, dataset.manifest.json (version, SHA-256, size) is written beside the output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatCoverageMarkdown, formatCoverageText } from './coverage';
import { buildFromDir, serializeDataset } from './load';
import { formatError } from './validate-rows';
import { makeManifest, MANIFEST_NAME } from '../lib/refresh/manifest';
import { formatProviderCoverage } from './provider-coverage';
import { readPrior, refreshBuilt } from './refresh';

const args = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// --dir lets tests (and maintainers) validate another copy of the data files.
const dirAt = args.indexOf('--dir');
const dataDir = dirAt >= 0 && args[dirAt + 1] ? resolve(args[dirAt + 1]!) : here;
const outAt = args.indexOf('--out');
const outPath = outAt >= 0 && args[outAt + 1] ? resolve(args[outAt + 1]!) : join(root, 'public', 'dataset.json');

const { dataset, errors } = buildFromDir(dataDir, dataDir === here ? root : process.cwd());
if (!dataset) {
  for (const e of errors) console.error(formatError(e));
  console.error(`\n${errors.length} error(s); public/dataset.json was not written.`);
  process.exit(1);
}
const flagValue = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const todayArg = flagValue('--today');
if (todayArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(todayArg)) {
  console.error('--today must be YYYY-MM-DD');
  process.exit(1);
}
const now = todayArg ? new Date(`${todayArg}T12:00:00Z`) : new Date();

let result = dataset;
if (args.includes('--refresh')) {
  const priorPath = flagValue('--prior');
  const prior = priorPath ? readPrior(resolve(priorPath), (w) => console.warn(w)) : null;
  const refreshed = await refreshBuilt(dataset, {
    now,
    // The workflow test replays recorded payloads by setting CLAIMLENS_REFRESH_BASE, as the test build does.
    base: flagValue('--base') ?? (process.env.CLAIMLENS_REFRESH_BASE || undefined),
    prior,
    fredApiKey: process.env.FRED_API_KEY || undefined,
  });
  for (const r of refreshed.reports) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.id.padEnd(9)} ${r.detail}`);
  if (refreshed.errors.length) {
    for (const e of refreshed.errors) console.error(e);
    console.error('\nthe refreshed dataset failed validation; nothing was written.');
    process.exit(1);
  }
  if (refreshed.reports.every((r) => !r.ok)) {
    // Nothing answered (no network, every publisher down): fail the run so nothing is republished.
    console.error('\nevery provider failed; nothing was written.');
    process.exit(1);
  }
  result = refreshed.dataset;
}
const json = serializeDataset(result);

if (args.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {}
  if (current !== json) {
    console.error('public/dataset.json is out of date with data/: run `npm run data`.');
    process.exit(1);
  }
  console.log('public/dataset.json is up to date.');
} else {
  writeFileSync(outPath, json);
  // A file to publish gets its manifest beside it; the bundled copy needs none.
  if (args.includes('--refresh') || args.includes('--manifest')) {
    const manifest = await makeManifest(json, result.version, basename(outPath));
    writeFileSync(join(dirname(outPath), MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  const bytes = Buffer.byteLength(json);
  const gz = gzipSync(json).length;
  console.log(
    `${basename(outPath)}: version ${result.version}, snapshot ${result.snapshot}, ` +
      `${result.indicators.length} indicators, ${result.observations.length} observations, ` +
      `${result.series.length} series, ${result.sources.length} sources; ` +
      `${(bytes / 1024).toFixed(1)} kB (${(gz / 1024).toFixed(1)} kB gzipped)`,
  );
}

if (args.includes('--coverage')) {
  console.log(`\n${formatProviderCoverage(result, now.toISOString().slice(0, 10))}`);
}

if (args.includes('--report')) {
  console.log(`\n${formatCoverageText(dataset)}`);
  const mdAt = args.indexOf('--md');
  if (mdAt >= 0 && args[mdAt + 1]) {
    writeFileSync(args[mdAt + 1]!, formatCoverageMarkdown(dataset));
    console.log(`\ncoverage table written to ${args[mdAt + 1]}`);
  }
}
