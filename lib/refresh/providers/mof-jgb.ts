import { RefreshError } from '../fetch';
import { csvRows, publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * Japan Ministry of Finance, JGB interest rates (constant maturity), current month's CSV:
 *   GET https://www.mof.go.jp/english/policy/jgbs/reference/interest_rate/jgbcme.csv
 *   → a title row, then Date,1Y,2Y,…,10Y,…,40Y / 2026/8/3,…,1.598,… ('-' where not computed).
 */
const MOF_JGB_URL = 'https://www.mof.go.jp/english/policy/jgbs/reference/interest_rate/jgbcme.csv';

function parseJgbCsv(text: string): Point[] {
  const rows = csvRows(text);
  const head = rows.findIndex((r) => r[0] === 'Date');
  const col = head >= 0 ? rows[head]!.indexOf('10Y') : -1;
  if (col < 1) throw new RefreshError('MOF: the reply is not the JGB interest rate CSV (no Date/10Y header)');
  const points: Point[] = [];
  for (const r of rows.slice(head + 1)) {
    const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(r[0] ?? '');
    if (!m) throw new RefreshError(`MOF: "${(r[0] ?? '').slice(0, 20)}" is not a date`);
    const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const v = publishedNumber('MOF', r[col] ?? '', date);
    if (v !== null) points.push([date, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const mofJgbProvider = singleSeriesProvider({
  id: 'mof-jgb',
  label: 'Japan Ministry of Finance JGB yields (10-year)',
  who: 'MOF',
  url: () => MOF_JGB_URL,
  accept: 'text/csv',
  parse: parseJgbCsv,
  spec: {
    indicator: 'jp.jgb_10y_yield',
    unit: 'percent',
    shape: 'daily',
    source: {
      name: 'Ministry of Finance Japan, JGB interest rates (10-year)',
      url: 'https://www.mof.go.jp/english/policy/jgbs/reference/interest_rate/index.htm',
    },
  },
});
