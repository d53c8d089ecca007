import { RefreshError } from '../fetch';
import type { Provider, ProviderObservation } from '../types';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/**
 * STOXX Ltd. free historical index values, one plain-text file per index (keyless; guests get the
 * last three months, a longer history needs a licence):
 *   GET https://www.stoxx.com/document/Indices/Current/HistoricalData/h_3msx5e.txt   (EURO STOXX 50, price, EUR)
 *   GET https://www.stoxx.com/document/Indices/Current/HistoricalData/h_3mdax.txt    (DAX, the headline performance index)
 *   → Date;Symbol;Indexvalue;
 *     06.03.2026;SX5E;5768.06;
 *   Semicolon-separated, each line ending in a semicolon, dates dd.mm.yyyy, a point as decimal
 *   mark and no thousands separator; one row per calculation day, oldest first. STOXX has
 *   administered the DAX family for Deutsche Börse since it took over the index business, so the
 *   DAX file sits beside its own indices.
 */
const BASE = 'https://www.stoxx.com/document/Indices/Current/HistoricalData';

interface StoxxSeries extends SeriesSpec {
  /** File name without .txt. */
  file: string;
  /** What the file's Symbol column holds. */
  symbol: string;
}

const SERIES: StoxxSeries[] = [
  {
    file: 'h_3msx5e',
    symbol: 'SX5E',
    indicator: 'idx.stoxx50',
    unit: 'points',
    shape: 'daily',
    source: {
      name: 'STOXX Ltd., EURO STOXX 50 index (daily close)',
      url: 'https://stoxx.com/index/sx5e/',
    },
  },
  {
    file: 'h_3mdax',
    symbol: 'DAX',
    indicator: 'idx.dax',
    unit: 'points',
    shape: 'daily',
    source: {
      name: 'STOXX Ltd. (Deutsche Börse Group), DAX index (daily close)',
      url: 'https://stoxx.com/index/dax/',
    },
  },
];

const stoxxUrl = (file: string) => `${BASE}/${file}.txt`;

const HEADER = ['Date', 'Symbol', 'Indexvalue'];
const DAY = /^(\d{2})\.(\d{2})\.(\d{4})$/;
/** STOXX writes index levels with a point and no grouping: a comma means the layout changed. */
const LEVEL = /^\d+(?:\.\d+)?$/;

/** A line's cells, without the empty cell after the closing semicolon. */
function cells(line: string): string[] {
  const c = line.split(';').map((x) => x.trim());
  if (c.length > 1 && c[c.length - 1] === '') c.pop();
  return c;
}

/** Reads one STOXX history file; every data row must carry `symbol`. */
export function parseStoxxTxt(text: string, symbol: string): Point[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const head = cells(lines[0] ?? '');
  if (head.join(';') !== HEADER.join(';'))
    throw new RefreshError(`STOXX: the reply for ${symbol} is not a Date;Symbol;Indexvalue file`);
  const points: Point[] = [];
  for (const line of lines.slice(1)) {
    const [day, sym, level] = cells(line);
    const d = DAY.exec(day ?? '');
    if (!d)
      throw new RefreshError(`STOXX: "${(day ?? '').slice(0, 20)}" in the ${symbol} file is not a dd.mm.yyyy date`);
    const date = `${d[3]}-${d[2]}-${d[1]}`;
    if (sym !== symbol)
      throw new RefreshError(`STOXX: the row of ${date} is for "${(sym ?? '').slice(0, 12)}", not ${symbol}`);
    if (!LEVEL.test(level ?? ''))
      throw new RefreshError(`STOXX: "${(level ?? '').slice(0, 20)}" at ${symbol} ${date} is not an index level`);
    points.push([date, Number(level)]);
  }
  if (points.length === 0) throw new RefreshError(`STOXX: the ${symbol} file holds no index level`);
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const stoxxProvider: Provider = {
  id: 'stoxx',
  label: 'STOXX historical index values (EURO STOXX 50, DAX)',
  indicators: SERIES.map((s) => s.indicator),
  urls: () => SERIES.map((s) => stoxxUrl(s.file)),
  async fetch(ctx) {
    const observations: ProviderObservation[] = [];
    let unchanged = true;
    const asOf = ctx.now.toISOString().slice(0, 10);
    for (const s of SERIES) {
      const res = await ctx.get(ctx.resolve(stoxxUrl(s.file)), 'text/plain');
      if (res.status === 304) continue;
      unchanged = false;
      observations.push(...shapeSeries('STOXX', s, parseStoxxTxt(res.text, s.symbol), asOf));
    }
    return { observations, unchanged };
  },
};
