import { RefreshError } from '../fetch';
import { csvRows, publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { dayMonYear, singleSeriesProvider } from './single';

/**
 * Reserve Bank of Australia statistical table F1 (money market rates), CSV:
 *   GET https://www.rba.gov.au/statistics/tables/csv/f1-data.csv
 *   → metadata rows (F1 INTEREST RATES…, Title, Description, …, Series ID,FIRMMCRTD,…) then one
 *     row per business day: 03-Feb-2026,3.85,… The column is found by its Series ID, FIRMMCRTD
 *     (cash rate target).
 */
const RBA_F1_URL = 'https://www.rba.gov.au/statistics/tables/csv/f1-data.csv';

function parseRbaF1(text: string): Point[] {
  const rows = csvRows(text);
  const ids = rows.find((r) => r[0] === 'Series ID');
  const col = ids ? ids.indexOf('FIRMMCRTD') : -1;
  if (col < 1) throw new RefreshError('RBA: the reply is not table F1 with series FIRMMCRTD');
  const points: Point[] = [];
  for (const r of rows) {
    const date = dayMonYear(r[0] ?? '');
    if (!date) continue; // metadata rows
    const v = publishedNumber('RBA', r[col] ?? '', date);
    if (v !== null) points.push([date, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const rbaProvider = singleSeriesProvider({
  id: 'rba',
  label: 'Reserve Bank of Australia table F1 (cash rate target)',
  who: 'RBA',
  url: () => RBA_F1_URL,
  accept: 'text/csv',
  parse: parseRbaF1,
  spec: {
    indicator: 'au.rba_cash_rate',
    unit: 'percent',
    shape: 'step',
    source: {
      name: 'Reserve Bank of Australia, cash rate target (table F1)',
      url: 'https://www.rba.gov.au/statistics/cash-rate/',
    },
  },
});
