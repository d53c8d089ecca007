import { RefreshError } from '../fetch';
import type { Provider } from '../types';
import { csvRows, publishedNumber } from './csv-rows';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/**
 * Japan Exchange Group, the monthly index report file (keyless CSV, Shift_JIS):
 *   GET https://www.jpx.co.jp/automation/markets/indices/related/report/files/monthlyindexreport_j.csv
 *   → comma-separated rows, fields sometimes quoted; the row whose second field is exactly "TOPIX"
 *     starts with the day it reports (YYYYMMDD) and then the index's close on that day. Other rows
 *     (header lines, other indexes such as "TOPIX Core30") are not read.
 * JPX calculates and publishes TOPIX (through JPX Market Innovation & Research), so the close is the
 * index owner's own figure; the file holds the latest month's report, so a refresh adds about one
 * close a month (the day the report is dated).
 */
const JPX_REPORT_URL = 'https://www.jpx.co.jp/automation/markets/indices/related/report/files/monthlyindexreport_j.csv';
const TOPIX_NAME = 'TOPIX';
const DAY_RE = /^(\d{4})(\d{2})(\d{2})/;

const SPEC: SeriesSpec = {
  indicator: 'idx.topix',
  unit: 'points',
  shape: 'daily',
  source: {
    name: 'Japan Exchange Group / JPX Market Innovation & Research, TOPIX',
    url: 'https://www.jpx.co.jp/english/markets/indices/topix/index.html',
  },
  note: 'close on the day the JPX monthly index report is dated',
};

/** [YYYY-MM-DD, close] for every TOPIX row of the report, oldest first. */
export function parseJpxReport(text: string): Point[] {
  const byDay = new Map<string, number>();
  for (const row of csvRows(text)) {
    if (row[1] !== TOPIX_NAME) continue;
    const d = DAY_RE.exec(row[0] ?? '');
    if (!d) continue;
    const day = `${d[1]}-${d[2]}-${d[3]}`;
    const close = publishedNumber('JPX', row[2] ?? '', `TOPIX ${day}`);
    if (close !== null) byDay.set(day, close);
  }
  if (byDay.size === 0)
    throw new RefreshError('JPX: the reply is not the monthly index report (no TOPIX row dated YYYYMMDD)');
  return [...byDay].sort((a, b) => a[0].localeCompare(b[0]));
}

export const jpxProvider: Provider = {
  id: 'jpx',
  label: 'Japan Exchange Group monthly index report (TOPIX)',
  indicators: [SPEC.indicator],
  urls: () => [JPX_REPORT_URL],
  async fetch(ctx) {
    const res = await ctx.get(ctx.resolve(JPX_REPORT_URL), 'text/csv', 'shift_jis');
    if (res.status === 304) return { observations: [], unchanged: true };
    const points = parseJpxReport(res.text);
    return { observations: shapeSeries('JPX', SPEC, points, ctx.now.toISOString().slice(0, 10)), unchanged: false };
  },
};
