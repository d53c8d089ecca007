/**
 * `npm run data`: validates data/ and writes public/dataset.json.
 * `npm run data -- --report`: also prints the coverage report (and writes it with --md PATH).
 * `npm run data -- --check`: fails if public/dataset.json is not what data/ builds to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatCoverageMarkdown, formatCoverageText } from './coverage';
import { buildFromDir, serializeDataset } from './load';
import { formatError } from './validate-rows';

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
const json = serializeDataset(dataset);

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
  const bytes = Buffer.byteLength(json);
  const gz = gzipSync(json).length;
  console.log(
    `public/dataset.json: version ${dataset.version}, snapshot ${dataset.snapshot}, ` +
      `${dataset.indicators.length} indicators, ${dataset.observations.length} observations, ` +
      `${dataset.series.length} series, ${dataset.sources.length} sources; ` +
      `${(bytes / 1024).toFixed(1)} kB (${(gz / 1024).toFixed(1)} kB gzipped)`,
  );
}

if (args.includes('--report')) {
  console.log(`\n${formatCoverageText(dataset)}`);
  const mdAt = args.indexOf('--md');
  if (mdAt >= 0 && args[mdAt + 1]) {
    writeFileSync(args[mdAt + 1]!, formatCoverageMarkdown(dataset));
    console.log(`\ncoverage table written to ${args[mdAt + 1]}`);
  }
}
