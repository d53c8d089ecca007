import { RefreshError } from '../fetch';
import { DATE_RE } from '../../dataset/schema';
import { publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * China Foreign Exchange Trade System (chinamoney.com.cn, the National Interbank Funding Center),
 * loan prime rate history as JSON (keyless; at most a year per request):
 *   GET https://www.chinamoney.com.cn/ags/ms/cm-u-bk-currency/LprHis?lang=CN&strStartDate=YYYY-MM-DD&strEndDate=YYYY-MM-DD
 *   → {"head":{…},"data":{…},"records":[{"showDateCN":"2026-01-20","1Y":"3.00","5Y":"3.50",…},…]} (newest first)
 * Each monthly fixing is a figure dated its fixing day, as the catalogue records the LPR.
 */
const BASE = 'https://www.chinamoney.com.cn/ags/ms/cm-u-bk-currency/LprHis';

function lprUrl(now: Date): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return `${BASE}?lang=CN&strStartDate=${day(new Date(now.getTime() - 360 * 86_400_000))}&strEndDate=${day(now)}`;
}

function parseLprHis(text: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('CFETS: the reply is not JSON');
  }
  const records = (json as { records?: unknown }).records;
  if (!Array.isArray(records)) throw new RefreshError('CFETS: the reply has no records');
  const points: Point[] = [];
  for (const r of records as { showDateCN?: unknown; '1Y'?: unknown }[]) {
    const date = typeof r.showDateCN === 'string' ? r.showDateCN.slice(0, 10) : '';
    if (!DATE_RE.test(date) || typeof r['1Y'] !== 'string')
      throw new RefreshError('CFETS: a record is not {showDateCN, 1Y}');
    const v = publishedNumber('CFETS', r['1Y'], date);
    if (v !== null) points.push([date, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const lprProvider = singleSeriesProvider({
  id: 'cfets',
  label: 'China interbank market (one-year loan prime rate)',
  who: 'CFETS',
  url: lprUrl,
  accept: 'application/json',
  parse: parseLprHis,
  spec: {
    indicator: 'cn.lpr_1y',
    unit: 'percent',
    shape: 'daily',
    source: {
      name: 'National Interbank Funding Center (CFETS), loan prime rate',
      url: 'https://www.chinamoney.com.cn/english/bmklpr/',
    },
    note: 'monthly fixing (period = fixing date)',
  },
});
