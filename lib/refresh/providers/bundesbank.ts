import { RefreshError } from '../fetch';
import { publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * Deutsche Bundesbank statistics API, one time series as CSV (keyless):
 *   GET https://api.statistiken.bundesbank.de/rest/download/BBSIS/D.I.ZST.ZI.EUR.S1311.B.A604.R10XX.R.A.A._Z._Z.A?format=csv&lang=en
 *   → a few metadata rows (the series key heads the value column; title, unit, last update, …),
 *     then one row per business day: 2026-03-06,2.86, ("." where no figure; a flag column last).
 * The series is the daily 10-year yield of the term structure of listed Federal securities.
 */
const KEY = 'BBSIS.D.I.ZST.ZI.EUR.S1311.B.A604.R10XX.R.A.A._Z._Z.A';
const BUBA_BUND_10Y_URL =
  'https://api.statistiken.bundesbank.de/rest/download/BBSIS/D.I.ZST.ZI.EUR.S1311.B.A604.R10XX.R.A.A._Z._Z.A?format=csv&lang=en';
const DATA_ROW = /^(\d{4}-\d{2}-\d{2}),([^,]*)/;

function parseBubaCsv(text: string): Point[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const head = lines.findIndex((l) => l.split(',').map((c) => c.replace(/"/g, '').trim())[1] === KEY);
  if (head < 0) throw new RefreshError('Bundesbank: the reply is not the CSV of the 10-year Bund yield series');
  const points: Point[] = [];
  for (const line of lines.slice(head + 1)) {
    const m = DATA_ROW.exec(line.replace(/"/g, ''));
    if (!m) continue; // metadata rows
    const v = publishedNumber('Bundesbank', m[2]!, m[1]!);
    if (v !== null) points.push([m[1]!, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const bundesbankProvider = singleSeriesProvider({
  id: 'bundesbank',
  label: 'Deutsche Bundesbank statistics (10-year Bund yield)',
  who: 'Bundesbank',
  url: () => BUBA_BUND_10Y_URL,
  accept: 'text/csv',
  parse: parseBubaCsv,
  spec: {
    indicator: 'de.bund_10y_yield',
    unit: 'percent',
    shape: 'daily',
    source: {
      name: 'Deutsche Bundesbank, yields on listed Federal securities (10-year, daily)',
      url: 'https://www.bundesbank.de/en/statistics/money-and-capital-markets/interest-rates-and-yields',
    },
  },
});
