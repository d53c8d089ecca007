import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFromDir } from './load';
import { formatError } from './validate-rows';

const INDICATORS = `id,name,unit,kind,category,aliases
jp.boj_policy_rate,Bank of Japan policy rate,percent,rate,rates,BOJ rate;BOJ policy rate
fx.usdjpy,Dollar-yen,JPY per USD,fx,fx,USD/JPY;dollar-yen
`;
const HEADER = 'indicator_id,period,value,unit,as_of,source_name,source_url,note\n';
const GOOD_ROW = 'jp.boj_policy_rate,2025-01-24,0.5,percent,2025-01-24,Bank of Japan,https://www.boj.or.jp/en/x.htm,\n';
const SERIES_MANIFEST = `file,indicator,frequency,source_name,source_url,note
usdjpy.csv,fx.usdjpy,daily,Federal Reserve H.10,https://example.org/h10,
`;
const SERIES = 'date,value\n2025-05-01,145.48\n2025-05-02,144.9\n';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function dataDir(files: { facts?: string; indicators?: string; manifest?: string; series?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-data-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'series'));
  writeFileSync(join(dir, 'indicators.csv'), files.indicators ?? INDICATORS);
  writeFileSync(join(dir, 'facts.csv'), files.facts ?? HEADER + GOOD_ROW);
  writeFileSync(join(dir, 'series', 'series.csv'), files.manifest ?? SERIES_MANIFEST);
  writeFileSync(join(dir, 'series', 'usdjpy.csv'), files.series ?? SERIES);
  return dir;
}

/** Builds and returns the printed error lines, with the temp dir as the display root. */
function errorsFor(files: Parameters<typeof dataDir>[0]): string[] {
  const dir = dataDir(files);
  const res = buildFromDir(dir, dir);
  if (res.errors.length) expect(res.dataset).toBeNull();
  return res.errors.map(formatError);
}

describe('build from data files', () => {
  it('builds a valid dataset from good files', () => {
    const dir = dataDir({});
    const res = buildFromDir(dir, dir);
    expect(res.errors).toEqual([]);
    expect(res.dataset?.observations).toHaveLength(1);
    expect(res.dataset?.series[0]?.points).toEqual([
      ['2025-05-01', 145.48],
      ['2025-05-02', 144.9],
    ]);
    expect(res.dataset?.snapshot).toBe('2025-05-02');
    expect(res.dataset?.version).toBe('2025.5.2');
  });

  it('reports a source that is not https, with file and line', () => {
    const facts = `${HEADER + GOOD_ROW}jp.boj_policy_rate,2025-12-19,0.75,percent,2025-12-19,BOJ,http://www.boj.or.jp/x,\n`;
    expect(errorsFor({ facts })).toEqual(['facts.csv:3: source url "http://www.boj.or.jp/x" is not an https URL']);
  });

  it('reports a missing source url', () => {
    const facts = `${HEADER}jp.boj_policy_rate,2025-12-19,0.75,percent,2025-12-19,BOJ,,\n`;
    expect(errorsFor({ facts })).toEqual(['facts.csv:2: source url "" is not an https URL']);
  });

  it('reports an unknown indicator', () => {
    const facts = `${HEADER + GOOD_ROW}xx.yy,2025-01,1,percent,2025-02-01,Somebody,https://www.boj.or.jp/a.htm,\n`;
    expect(errorsFor({ facts })).toEqual(['facts.csv:3: unknown indicator "xx.yy"']);
  });

  it('reports a unit that differs from the catalogue', () => {
    const facts = `${HEADER}fx.usdjpy,2025-05-02,144.9,USD per EUR,2025-05-02,Fed,https://www.boj.or.jp/a.htm,\n`;
    expect(errorsFor({ facts })).toEqual([
      'facts.csv:2: unit mismatch: "USD per EUR" but fx.usdjpy is in "JPY per USD"',
    ]);
  });

  it('reports a duplicate (indicator, period, as_of) and points at the first', () => {
    const facts = `${HEADER + GOOD_ROW}jp.boj_policy_rate,2025-01-24,0.5,percent,2025-01-24,Jiji,https://www.boj.or.jp/b.htm,\n`;
    expect(errorsFor({ facts })).toEqual([
      'facts.csv:3: duplicate (indicator, period, as_of) ("jp.boj_policy_rate", "2025-01-24", "2025-01-24"), first at line 2',
    ]);
  });

  it('keeps revisions: same period, different as_of is not a duplicate', () => {
    const facts =
      HEADER +
      'jp.boj_policy_rate,2025-Q1,-0.2,percent,2025-05-16,A,https://www.boj.or.jp/a.htm,\n' +
      'jp.boj_policy_rate,2025-Q1,0,percent,2025-06-09,B,https://www.boj.or.jp/b.htm,\n';
    expect(errorsFor({ facts })).toEqual([]);
  });

  it.each(['NaN', 'Infinity', '', '1,5', 'abc', '1e999'])('reports the non-finite value %j', (bad) => {
    const facts = `${HEADER}jp.boj_policy_rate,2025-01-24,"${bad}",percent,2025-01-24,BOJ,https://www.boj.or.jp/a.htm,\n`;
    expect(errorsFor({ facts })).toEqual([`facts.csv:2: value "${bad}" is not a finite number`]);
  });

  it('reports a non-finite value in a series file', () => {
    const series = 'date,value\n2025-05-01,145.48\n2025-05-02,NaN\n';
    expect(errorsFor({ series })).toEqual(['series/usdjpy.csv:3: value "NaN" is not a finite number']);
  });

  it('reports an unsorted series and an unknown series indicator', () => {
    const series = 'date,value\n2025-05-02,145.48\n2025-05-01,144.9\n';
    expect(errorsFor({ series })).toEqual([
      'series/usdjpy.csv:3: date "2025-05-01" is not after the previous "2025-05-02" (series must be sorted, no repeats)',
    ]);
    const manifest = SERIES_MANIFEST.replace('fx.usdjpy,daily', 'fx.nope,daily');
    expect(errorsFor({ manifest })).toEqual(['series/series.csv:2: unknown indicator "fx.nope"']);
  });

  it('prints every error, not only the first, with line numbers that survive quoted multi-line notes', () => {
    const facts =
      HEADER +
      'jp.boj_policy_rate,2025-01-24,0.5,percent,2025-01-24,BOJ,https://www.boj.or.jp/a.htm,"a note\nover two lines"\n' +
      'xx.yy,2025-01,1,percent,2025-02-01,S,https://www.boj.or.jp/a.htm,\n' +
      'fx.usdjpy,2025-13,1,JPY per USD,2025-02-01,S,ftp://example.org/a,\n';
    expect(errorsFor({ facts })).toEqual([
      'facts.csv:4: unknown indicator "xx.yy"',
      'facts.csv:5: period "2025-13" is not YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD',
      'facts.csv:5: source url "ftp://example.org/a" is not an https URL',
    ]);
  });

  it('rejects catalogue rows with an unknown unit or category', () => {
    const indicators = `${INDICATORS}us.jobs,Payrolls,people,level,macro,payrolls\nus.x,X,percent,rate,weather,x\n`;
    expect(errorsFor({ indicators })).toEqual([
      'indicators.csv:4: unknown unit "people"',
      'indicators.csv:5: unknown category "weather"',
    ]);
  });

  it('refuses a copy as the source and names where it belongs (sourceProblems)', () => {
    const facts = `${HEADER}jp.boj_policy_rate,2025-01-24,0.5,percent,2025-01-24,BOJ,https://x.blogspot.com/boj,\n`;
    expect(errorsFor({ facts })).toEqual([
      'facts.csv:2: source url "https://x.blogspot.com/boj" is on a blog, not the publisher\'s page (put it in "via")',
    ]);
    const manifest = SERIES_MANIFEST.replace('https://example.org/h10', 'https://github.com/a/b/blob/c/DEXJPUS.csv');
    expect(errorsFor({ manifest })).toEqual([
      'series/series.csv:2: source url "https://github.com/a/b/blob/c/DEXJPUS.csv" is on a code host, not the publisher\'s page (put it in "via")',
    ]);
  });

  it('refuses a facts row whose source is a news page, naming the row (primary-source)', () => {
    const header = HEADER.replace('note\n', 'note,via\n');
    const facts =
      header +
      'jp.boj_policy_rate,2025-01-24,0.5,percent,2025-01-24,Wire,https://www.brecorder.com/news/1,,\n' +
      'jp.boj_policy_rate,2025-12-19,0.75,percent,2025-12-19,BOJ,https://www.boj.or.jp/x,,https://www.brecorder.com/news/2\n';
    expect(errorsFor({ facts })).toEqual([
      'facts.csv:2: jp.boj_policy_rate 2025-01-24: source url "https://www.brecorder.com/news/1" is not a publisher\'s page (no host in PRIMARY_HOSTS of data/source-hosts.ts); cite the publisher\'s page and put this one in "via"',
    ]);
  });

  it('carries via into the source and valid_to into the observation', () => {
    const header = HEADER.replace('note\n', 'note,via,valid_to\n');
    const facts =
      header +
      'jp.boj_policy_rate,2024-07-31,0.25,percent,2024-07-31,Bank of Japan,https://www.boj.or.jp/en/x.htm,,https://news.example.org/boj,2025-01-23\n' +
      'jp.boj_policy_rate,2025-01-24,0.5,percent,2025-01-24,Bank of Japan,https://www.boj.or.jp/en/x.htm,,,\n';
    const dir = dataDir({ facts });
    const res = buildFromDir(dir, dir);
    expect(res.errors).toEqual([]);
    const [ended, current] = res.dataset!.observations;
    expect(ended?.valid_to).toBe('2025-01-23');
    expect(current && 'valid_to' in current).toBe(false);
    expect(res.dataset!.sources[ended!.source]).toEqual({
      name: 'Bank of Japan',
      url: 'https://www.boj.or.jp/en/x.htm',
      via: 'https://news.example.org/boj',
    });
    expect(res.dataset!.sources[current!.source]?.via).toBeUndefined();
  });

  it('reports a valid_to that is not a date or ends before the value took effect, and a via that is not https', () => {
    const header = HEADER.replace('note\n', 'note,via,valid_to\n');
    const facts =
      header +
      'jp.boj_policy_rate,2024-07-31,0.25,percent,2024-07-31,BOJ,https://www.boj.or.jp/x,,,2024-02-30\n' +
      'jp.boj_policy_rate,2025-01-24,0.5,percent,2025-01-24,BOJ,https://www.boj.or.jp/x,,,2025-01-01\n' +
      'jp.boj_policy_rate,2025-12-19,0.75,percent,2025-12-19,BOJ,https://www.boj.or.jp/x,,http://copy.example.org/a,\n';
    expect(errorsFor({ facts })).toEqual([
      'facts.csv:2: valid_to "2024-02-30" is not a YYYY-MM-DD date',
      'facts.csv:3: valid_to "2025-01-01" is before the period "2025-01-24"',
      'facts.csv:4: via "http://copy.example.org/a" is not an https URL',
    ]);
  });
});
