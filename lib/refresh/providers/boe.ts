import { RefreshError } from '../fetch';
import { csvRows, publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { dayMonYear, singleSeriesProvider } from './single';

/**
 * Bank of England Interactive Statistical Database, CSV download of series IUDBEDR (Bank Rate):
 *   GET https://www.bankofengland.co.uk/boeapps/database/_iadb-fromshowcolumns.asp?csv.x=yes&Datefrom=01/Jan/2024&Dateto=now&SeriesCodes=IUDBEDR&CSVF=TN&UsingCodes=Y&VPD=Y&VFD=N
 *   → DATE,IUDBEDR / 18 Jun 2026,3.75 / … (one row per business day, oldest first).
 */
const BASE = 'https://www.bankofengland.co.uk/boeapps/database/_iadb-fromshowcolumns.asp';

function boeUrl(now: Date): string {
  const from = new Date(now.getTime() - 3 * 366 * 86_400_000);
  const d = from.toUTCString().split(' '); // 'Tue, 02 Jan 2024 …'
  return `${BASE}?csv.x=yes&Datefrom=${d[1]}/${d[2]}/${d[3]}&Dateto=now&SeriesCodes=IUDBEDR&CSVF=TN&UsingCodes=Y&VPD=Y&VFD=N`;
}

function parseBoeCsv(text: string): Point[] {
  const rows = csvRows(text);
  if (rows[0]?.[0] !== 'DATE' || rows[0]?.[1] !== 'IUDBEDR')
    throw new RefreshError('BoE: the reply is not an IADB CSV of IUDBEDR');
  const points: Point[] = [];
  for (const r of rows.slice(1)) {
    const date = dayMonYear(r[0] ?? '');
    if (!date) throw new RefreshError(`BoE: "${(r[0] ?? '').slice(0, 20)}" is not a date`);
    const v = publishedNumber('BoE', r[1] ?? '', date);
    if (v !== null) points.push([date, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const boeProvider = singleSeriesProvider({
  id: 'boe',
  label: 'Bank of England database (Bank Rate)',
  who: 'BoE',
  url: boeUrl,
  accept: 'text/csv',
  parse: parseBoeCsv,
  spec: {
    indicator: 'uk.boe_bank_rate',
    unit: 'percent',
    shape: 'step',
    source: {
      name: 'Bank of England, Official Bank Rate (IUDBEDR)',
      url: 'https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate',
    },
  },
});
