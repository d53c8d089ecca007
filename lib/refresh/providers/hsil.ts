import { RefreshError } from '../fetch';
import { exchangeCloseProvider } from './exchange-close';
import type { Point } from './shape';
import { exchangeDay, type ExchangeClock } from './settled';

/**
 * Hang Seng Indexes Company, index chart data (keyless JSON), Hang Seng Index = code 00001.00:
 *   GET https://www.hsi.com.hk/data/eng/indexes/00001.00/chart.json
 *   → {"indexCode":"00001.00","lastUpdate":"YYYY-MM-DD hh:mm:ss",…,"indexLevels-5y":[[ms,level],…]}
 * Each level is stamped with the epoch milliseconds of Hong Kong midnight of its trading day
 * (so the UTC date is the day before); oldest first. Other `indexLevels-*` windows are ignored.
 */
const HSIL_URL = 'https://www.hsi.com.hk/data/eng/indexes/00001.00/chart.json';

/** Hong Kong time; trading ends 16:00, the closing auction by 16:10, so 17:00 is safely final. */
const HONG_KONG: ExchangeClock = { utcOffsetHours: 8, settledAtMinute: 17 * 60 };

export function parseHsilChart(text: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('HSIL: the reply is not JSON');
  }
  const chart = json as { indexCode?: unknown; 'indexLevels-5y'?: unknown };
  if (chart.indexCode !== '00001.00' || !Array.isArray(chart['indexLevels-5y']))
    throw new RefreshError('HSIL: the reply is not the chart of index 00001.00 with indexLevels-5y');
  const points: Point[] = [];
  for (const p of chart['indexLevels-5y'] as unknown[]) {
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number')
      throw new RefreshError('HSIL: a chart point is not [epoch ms, level]');
    points.push([exchangeDay(HONG_KONG, new Date(p[0])), p[1]]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const hsilProvider = exchangeCloseProvider({
  id: 'hsil',
  label: 'Hang Seng Indexes (Hang Seng Index close)',
  who: 'HSIL',
  url: () => HSIL_URL,
  parse: parseHsilChart,
  clock: HONG_KONG,
  indicator: 'idx.hang_seng',
  source: {
    name: 'Hang Seng Indexes Company, Hang Seng Index, daily close',
    url: 'https://www.hsi.com.hk/eng/indexes/all-indexes/hsi',
  },
});
