import { RefreshError } from '../fetch';
import { DATE_RE } from '../../dataset/schema';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * Euronext Live historical price export (keyless GET; the "Download" form of an instrument's
 * historical-price page, serving about the last two years), CAC 40 = FR0003500008 on XPAR:
 *   GET https://live.euronext.com/en/ajax/AwlHistoricalPrice/getFullDownloadAjax/FR0003500008-XPAR
 *       ?format=csv&decimal_separator=.&date_form=d%2Fm%2FY&op=&adjusted=&base100=&startdate=…&enddate=…
 *   → a byte order mark, then three preamble lines and a semicolon header:
 *       "Historical Data"
 *       "From 2025-12-22 to 2026-01-16"
 *       FR0003500008
 *       Date;Open;High;Low;Last;Close;"Number of Shares";"Number of Trades";Turnover
 *       16/01/2026;…;8258.94;…
 *   Rows newest first, dates dd/mm/yyyy, one field more than the header names (the VWAP).
 *   Columns are found by name; only Date and Close (the official closing level) are read.
 */
const ISIN = 'FR0003500008';
const LOOKBACK_DAYS = 31;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export const euronextCacUrl = (now: Date) =>
  `https://live.euronext.com/en/ajax/AwlHistoricalPrice/getFullDownloadAjax/${ISIN}-XPAR?format=csv&decimal_separator=.&date_form=d%2Fm%2FY&op=&adjusted=&base100=&startdate=${isoDay(new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000))}&enddate=${isoDay(now)}`;

const TITLE = 'Historical Data';
const DAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
/** A decimal point and no grouping were asked for: anything else means the export changed. */
const LEVEL = /^\d+(?:\.\d+)?$/;

const cells = (line: string) => line.split(';').map((c) => c.trim().replace(/^"|"$/g, ''));

/** Reads the export of `isin`; rows without a closing level (a session still open) are skipped. */
export function parseEuronextCsv(text: string, isin: string = ISIN): Point[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  if (cells(lines[0] ?? '')[0] !== TITLE)
    throw new RefreshError('Euronext: the reply is not a historical price export');
  if (lines[2]?.trim() !== isin) throw new RefreshError(`Euronext: the export is not for ${isin}`);
  const head = cells(lines[3] ?? '');
  const d = head.indexOf('Date');
  const c = head.indexOf('Close');
  if (d !== 0 || c < 0) throw new RefreshError('Euronext: the export has no Date and Close columns');
  const points: Point[] = [];
  for (const line of lines.slice(4)) {
    const r = cells(line);
    const m = DAY.exec(r[d] ?? '');
    const date = m ? `${m[3]}-${m[2]}-${m[1]}` : '';
    if (!DATE_RE.test(date))
      throw new RefreshError(`Euronext: "${(r[d] ?? '').slice(0, 20)}" is not a dd/mm/yyyy date`);
    const close = r[c] ?? '';
    if (close === '') continue;
    if (!LEVEL.test(close))
      throw new RefreshError(`Euronext: "${close.slice(0, 20)}" at ${date} is not an index level`);
    points.push([date, Number(close)]);
  }
  if (points.length === 0) throw new RefreshError(`Euronext: the export of ${isin} holds no closing level`);
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const euronextProvider = singleSeriesProvider({
  id: 'euronext',
  label: 'Euronext historical prices (CAC 40)',
  who: 'Euronext',
  url: euronextCacUrl,
  accept: 'text/csv',
  parse: (text) => parseEuronextCsv(text),
  spec: {
    indicator: 'idx.cac40',
    unit: 'points',
    shape: 'daily',
    source: {
      name: 'Euronext, CAC 40 index (daily close)',
      url: 'https://live.euronext.com/en/product/indices/FR0003500008-XPAR',
    },
  },
});
