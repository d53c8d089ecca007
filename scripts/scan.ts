import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { scanHtml, type ScanResult } from '../lib/scan/page';
import { loadBundledDatasetFromDisk } from '../lib/scan/load-dataset';
import { normaliseDate } from '../lib/claims/dates';
import { formatPeriod, formatValue } from '../lib/format';

/** npm run scan -- <file.html|url> [--json] [--all] [--date YYYY-MM-DD] */

const USAGE = 'usage: npm run scan -- <file.html|url> [--json] [--all] [--date YYYY-MM-DD]';

async function readPage(target: string): Promise<string> {
  if (/^https?:\/\//i.test(target)) {
    const res = await fetch(target, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new Error(`${target}: HTTP ${res.status}`);
    return await res.text();
  }
  try {
    return await readFile(target, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      `${target}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read the file'}`,
    );
  }
}

/** The readable table: figures and periods through the one formatter (lib/format), as the card writes them. */
function table(result: ScanResult, levelUnit: (indicator: string | null) => string | null): string {
  const rows = result.claims.map((c) => {
    // A change's reference is a change (the claim's unit); the current figure is the indicator's level.
    const signed = c.unit !== (levelUnit(c.indicator) ?? c.unit);
    const level = levelUnit(c.indicator) ?? c.unit;
    return [
      c.verdict,
      c.text,
      c.indicator ?? '—',
      formatValue(c.value, c.unit, { signed }),
      c.period ? formatPeriod(c.period) : '',
      c.reference ? `${formatValue(c.reference.value, c.unit, { signed })} (${formatPeriod(c.reference.period)})` : '',
      c.current ? `${formatValue(c.current.value, level)} (${formatPeriod(c.current.period)})` : '',
    ];
  });
  const head = ['verdict', 'text', 'indicator', 'value', 'period', 'source figure', 'current'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((cell, i) => cell.slice(0, 40).padEnd(widths[i]!)).join('  ');
  const counts = result.claims.reduce<Record<string, number>>((acc, c) => {
    acc[c.verdict] = (acc[c.verdict] ?? 0) + 1;
    return acc;
  }, {});
  return [
    `${result.source} — published ${result.published ?? 'unknown (using today)'} — dataset ${result.dataset.version} (snapshot ${result.dataset.snapshot})`,
    line(head),
    ...rows.map(line),
    `${result.claims.length} claims: ${
      Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ') || 'none'
    }`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, all: { type: 'boolean' }, date: { type: 'string' } },
  });
  const target = positionals[0];
  if (!target) throw new Error(USAGE);
  let date: string | null = null;
  if (values.date !== undefined) {
    date = normaliseDate(values.date);
    if (!date || values.date.length !== 10) throw new Error(`--date: "${values.date}" is not a date (YYYY-MM-DD)`);
  }
  const html = await readPage(target);
  if (!/\S/.test(html)) throw new Error(`${target}: the page is empty`);
  const dataset = loadBundledDatasetFromDisk();
  const result = scanHtml(html, dataset, { source: target, date, all: !!values.all });
  const units = new Map(dataset.indicators.map((i) => [i.id, i.unit as string]));
  const levelUnit = (id: string | null) => (id ? (units.get(id) ?? null) : null);
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${table(result, levelUnit)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`scan: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
