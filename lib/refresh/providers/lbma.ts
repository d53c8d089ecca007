import { RefreshError } from '../fetch';
import { DATE_RE } from '../../dataset/schema';
import type { Provider, ProviderObservation } from '../types';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/**
 * LBMA precious-metal prices, the keyless JSON files behind its price tables (whole history, oldest first):
 *   GET https://prices.lbma.org.uk/json/gold_pm.json  (LBMA Gold Price PM, the 15:00 London auction)
 *   GET https://prices.lbma.org.uk/json/silver.json   (LBMA Silver Price, the noon London auction)
 *   → [{"is_cms_locked":0,"d":"1968-04-01","v":[37.7,15.68,0]},…]; v = [USD, GBP, EUR] per troy
 *     ounce, null (or 0 before the euro) where a currency has no price that day.
 * LBMA publishes each day's prices after midnight London time, so the newest figure is yesterday's.
 * The catalogue's gold and silver indicators are spot prices; the LBMA auction price is the
 * benchmark struck once a day, so each figure carries a note saying which price it is.
 */
const BASE = 'https://prices.lbma.org.uk/json';
const PAGE = 'https://www.lbma.org.uk/prices-and-data/precious-metal-prices';

interface LbmaFile {
  file: string;
  spec: SeriesSpec;
}

const LBMA_FILES: LbmaFile[] = [
  {
    file: 'gold_pm.json',
    spec: {
      indicator: 'cmd.gold_usd',
      unit: 'USD per troy ounce',
      shape: 'daily',
      source: { name: 'LBMA Gold Price PM (ICE Benchmark Administration), USD', url: PAGE },
      note: 'LBMA Gold Price PM: the 15:00 London auction price, not a spot quote at another hour',
    },
  },
  {
    file: 'silver.json',
    spec: {
      indicator: 'cmd.silver_usd',
      unit: 'USD per troy ounce',
      shape: 'daily',
      source: { name: 'LBMA Silver Price (ICE Benchmark Administration), USD', url: PAGE },
      note: 'LBMA Silver Price: the 12:00 London auction price, not a spot quote at another hour',
    },
  },
];

const lbmaUrl = (file: string) => `${BASE}/${file}`;

/** The USD prices of one LBMA JSON file, as [date, price] points (days without a USD price dropped). */
export function parseLbmaJson(text: string, file: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError(`LBMA: the reply for ${file} is not JSON`);
  }
  if (!Array.isArray(json) || json.length === 0)
    throw new RefreshError(`LBMA: the reply for ${file} is not a list of prices`);
  const points: Point[] = [];
  for (const row of json as { d?: unknown; v?: unknown }[]) {
    if (typeof row?.d !== 'string' || !DATE_RE.test(row.d) || !Array.isArray(row.v))
      throw new RefreshError(`LBMA: an entry of ${file} is not {d, v}`);
    const usd = row.v[0];
    if (usd === null || usd === 0) continue;
    if (typeof usd !== 'number') throw new RefreshError(`LBMA: the USD price of ${row.d} in ${file} is not a number`);
    points.push([row.d, usd]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const lbmaProvider: Provider = {
  id: 'lbma',
  label: 'LBMA precious-metal prices (gold PM, silver)',
  indicators: LBMA_FILES.map((f) => f.spec.indicator),
  urls: () => LBMA_FILES.map((f) => lbmaUrl(f.file)),
  async fetch(ctx) {
    const observations: ProviderObservation[] = [];
    let unchanged = true;
    const asOf = ctx.now.toISOString().slice(0, 10);
    for (const f of LBMA_FILES) {
      const res = await ctx.get(ctx.resolve(lbmaUrl(f.file)), 'application/json');
      if (res.status === 304) continue;
      unchanged = false;
      observations.push(...shapeSeries('LBMA', f.spec, parseLbmaJson(res.text, f.file), asOf));
    }
    return { observations, unchanged };
  },
};
