import type { Provider, ProviderObservation } from '../types';
import { RefreshError } from '../fetch';
import { publishedNumber } from './csv-rows';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/**
 * BLS Public Data API v1 (keyless; the last three years of one series per GET):
 *   GET https://api.bls.gov/publicAPI/v1/timeseries/data/CUUR0000SA0
 *   → {"status":"REQUEST_SUCCEEDED","message":[],"Results":{"series":[{"seriesID":"CUUR0000SA0",
 *      "data":[{"year":"2026","period":"M07","periodName":"July","value":"333.918","footnotes":[{}]},…]}]}}
 * Newest first; period M01–M12 (M13 is an annual average, skipped). Read straight from the
 * publisher, so CPI and payrolls arrive here as soon as BLS releases them, before FRED copies them.
 */
const API = 'https://api.bls.gov/publicAPI/v1/timeseries/data';

interface BlsSeries extends SeriesSpec {
  id: string;
}

const SERIES: BlsSeries[] = [
  {
    id: 'CUUR0000SA0',
    indicator: 'us.cpi_yoy',
    unit: 'percent',
    shape: 'yoy',
    source: { name: 'U.S. Bureau of Labor Statistics, CPI-U all items (NSA)', url: 'https://www.bls.gov/cpi/' },
    note: '12-month change of the CPI-U index (not seasonally adjusted), 1 dp',
  },
  {
    id: 'CES0000000001',
    indicator: 'us.nonfarm_payrolls',
    unit: 'jobs',
    shape: 'diff',
    scale: 1000,
    source: { name: 'U.S. Bureau of Labor Statistics, Current Employment Statistics', url: 'https://www.bls.gov/ces/' },
    note: 'change in total nonfarm employment (SA) on the month; latest vintage',
  },
  {
    id: 'LNS14000000',
    indicator: 'us.unemployment_rate',
    unit: 'percent',
    shape: 'monthly',
    source: { name: 'U.S. Bureau of Labor Statistics, Current Population Survey', url: 'https://www.bls.gov/cps/' },
  },
];

const blsUrl = (id: string) => `${API}/${id}`;

function parseBlsV1(text: string, id: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError(`BLS: the reply for ${id} is not JSON`);
  }
  const j = json as {
    status?: unknown;
    message?: unknown;
    Results?: { series?: { seriesID?: unknown; data?: unknown }[] };
  };
  if (j.status !== 'REQUEST_SUCCEEDED') {
    const why = Array.isArray(j.message) ? String(j.message[0] ?? '').slice(0, 120) : '';
    throw new RefreshError(`BLS: request for ${id} did not succeed${why ? ` (${why})` : ''}`);
  }
  const series = j.Results?.series?.find((s) => s.seriesID === id);
  if (!series || !Array.isArray(series.data)) throw new RefreshError(`BLS: the reply has no series ${id}`);
  const points: Point[] = [];
  for (const d of series.data as { year?: unknown; period?: unknown; value?: unknown }[]) {
    if (typeof d.year !== 'string' || typeof d.period !== 'string' || typeof d.value !== 'string') {
      throw new RefreshError(`BLS: an entry of ${id} is not {year, period, value}`);
    }
    const m = /^M(0[1-9]|1[0-2])$/.exec(d.period);
    if (!m || !/^\d{4}$/.test(d.year)) continue;
    const v = publishedNumber('BLS', d.value, `${id} ${d.year}-${m[1]}`);
    if (v !== null) points.push([`${d.year}-${m[1]}-01`, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const blsProvider: Provider = {
  id: 'bls',
  label: 'BLS Public Data API (CPI, payrolls, unemployment)',
  indicators: SERIES.map((s) => s.indicator),
  urls: () => SERIES.map((s) => blsUrl(s.id)),
  async fetch(ctx) {
    const observations: ProviderObservation[] = [];
    let unchanged = true;
    for (const s of SERIES) {
      const res = await ctx.get(ctx.resolve(blsUrl(s.id)), 'application/json');
      if (res.status === 304) continue;
      unchanged = false;
      observations.push(...shapeSeries('BLS', s, parseBlsV1(res.text, s.id), ctx.now.toISOString().slice(0, 10)));
    }
    return { observations, unchanged };
  },
};
