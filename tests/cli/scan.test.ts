import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The scanner as a user runs it, on pages written to the OS temp folder. */

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function scan(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'scripts', 'scan.ts'), ...args],
      { cwd: tmp, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const page = join(tmp, 'article.html');
writeFileSync(
  page,
  `<!doctype html><html><head><meta property="article:published_time" content="2025-05-23T10:00:00Z"></head><body>
  <article><p>The S&amp;P 500 rose 2% this week. Widget sales rose 40% on the day.</p>
  <p>Call 03-1234-5678 for details.</p></article></body></html>`,
);
const emptyPage = join(tmp, 'empty.html');
writeFileSync(emptyPage, '  \n\t ');
const textless = join(tmp, 'textless.html');
writeFileSync(
  textless,
  '<!doctype html><html><head><title>x</title></head><body><script>var a = 5;</script><div> </div></body></html>',
);

const runs: Record<string, Run> = {};
beforeAll(async () => {
  const jobs: Record<string, string[]> = {
    json: [page, '--json'],
    all: [page, '--json', '--all'],
    date: [page, '--json', '--date', '2025-06-06'],
    missing: [join(tmp, 'no-such-page.html'), '--json'],
    directory: [tmp, '--json'],
    empty: [emptyPage, '--json'],
    textless: [textless, '--json'],
    badDate: [page, '--json', '--date', '2025-02-30'],
  };
  const names = Object.keys(jobs);
  const results = await Promise.all(names.map((n) => scan(jobs[n]!)));
  names.forEach((n, i) => (runs[n] = results[i]!));
}, 60_000);

const CLAIM_KEYS = [
  'checks',
  'confidence',
  'current',
  'indicator',
  'period',
  'reasons',
  'reference',
  'sentence',
  'source',
  'text',
  'unit',
  'value',
  'verdict',
];
const VERDICTS = [
  'matches',
  'close',
  'differs',
  'since-changed',
  'no-figure-yet',
  'check',
  'unverifiable',
  'inconsistent',
];

function checkShape(json: unknown): void {
  const r = json as Record<string, unknown>;
  expect(Object.keys(r).sort()).toEqual(['claims', 'dataset', 'published', 'source']);
  expect(typeof r.source).toBe('string');
  expect(r.published === null || /^\d{4}-\d{2}-\d{2}$/.test(r.published as string)).toBe(true);
  const ds = r.dataset as Record<string, unknown>;
  expect(Object.keys(ds).sort()).toEqual(['snapshot', 'version']);
  expect(ds.version).toMatch(/^\d{4}\.\d{1,2}\.\d{1,2}(?:\.\d+)?$/);
  expect(ds.snapshot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Array.isArray(r.claims)).toBe(true);
  for (const c of r.claims as Record<string, unknown>[]) {
    expect(Object.keys(c).sort()).toEqual(CLAIM_KEYS);
    expect(typeof c.text).toBe('string');
    expect(typeof c.sentence).toBe('string');
    expect(typeof c.value).toBe('number');
    expect(typeof c.unit).toBe('string');
    expect(c.indicator === null || typeof c.indicator === 'string').toBe(true);
    expect(c.period === null || typeof c.period === 'string').toBe(true);
    expect(VERDICTS).toContain(c.verdict);
    for (const key of ['reference', 'current'] as const) {
      const f = c[key] as Record<string, unknown> | null;
      if (f === null) continue;
      expect(Object.keys(f).sort()).toEqual(['period', 'value']);
      expect(typeof f.period).toBe('string');
      expect(typeof f.value).toBe('number');
    }
    expect(Array.isArray(c.checks)).toBe(true);
    for (const f of c.checks as Record<string, unknown>[]) {
      expect(Object.keys(f).sort()).toEqual(['blamed', 'claims', 'expected', 'kind', 'stated', 'words']);
      expect(['level-change', 'direction', 'share-total', 'one-value', 'implausible']).toContain(f.kind);
      expect(typeof f.words).toBe('string');
    }
    const s = c.source as Record<string, unknown> | null;
    if (s !== null) {
      expect(Object.keys(s).sort()).toEqual(['name', 'url']);
      expect(s.url).toMatch(/^https:\/\//);
    }
  }
}

describe('npm run scan (CLI)', () => {
  it('--json prints exactly the documented shape', () => {
    const r = runs.json!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    checkShape(json);
    expect(json.source).toBe(page);
    expect(json.published).toBe('2025-05-23');
    const sp = json.claims.find((c: { text: string }) => c.text === '2%');
    expect(sp).toMatchObject({
      indicator: 'idx.sp500',
      value: 2,
      unit: 'percent',
      sentence: 'The S&P 500 rose 2% this week.',
      period: '2025-05-18/2025-05-23',
    });
    // Without --all, only claims tied to an indicator; never the phone number.
    expect(json.claims.every((c: { indicator: string | null }) => c.indicator !== null)).toBe(true);
    expect(json.claims.some((c: { text: string }) => /1234|5678/.test(c.text))).toBe(false);
  });

  it('--all also lists claims with indicator null', () => {
    const r = runs.all!;
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    checkShape(json);
    const widget = json.claims.find((c: { text: string }) => c.text === '40%');
    expect(widget).toMatchObject({
      indicator: null,
      value: 40,
      reference: null,
      source: null,
      verdict: 'unverifiable',
    });
    expect(json.claims.length).toBeGreaterThan(JSON.parse(runs.json!.stdout).claims.length);
  });

  it("--date overrides the page's published date", () => {
    const r = runs.date!;
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.published).toBe('2025-06-06');
    // Friday 6 June 2025: the week runs from the close of Sunday 1 June.
    expect(json.claims.find((c: { text: string }) => c.text === '2%')?.period).toBe('2025-06-01/2025-06-06');
  });

  const ERRORS: [string, RegExp][] = [
    ['missing', /no such file/],
    ['directory', /is a directory/],
    ['empty', /the page is empty/],
    ['textless', /has no text/],
    ['badDate', /--date: "2025-02-30" is not a date/],
  ];
  it.each(ERRORS)('%s: one line on stderr, non-zero exit, nothing on stdout', (name, message) => {
    const r = runs[name]!;
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^scan: /);
    expect(lines[0]).toMatch(message);
  });
});
