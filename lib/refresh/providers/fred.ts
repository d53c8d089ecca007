import type { Provider, ProviderContext, ProviderObservation } from '../types';
import { RefreshError } from '../fetch';
import { DATE_RE } from '../../dataset/schema';
import { csvRows, publishedNumber } from './csv-rows';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/**
 * FRED (Federal Reserve Bank of St. Louis) graph downloads: one keyless CSV per series,
 *   GET https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10&cosd=2026-11-12
 *   → observation_date,DGS10 / 2026-11-12,4.11 / … ("." or empty for a day with no figure;
 *     older files head the first column DATE).
 * FRED republishes other agencies' figures, so each figure names the agency's page as its source
 * and the FRED series page as `via`. With a reader's own FRED API key, a failed download is
 * retried once from the keyed JSON API (api.stlouisfed.org/fred/series/observations).
 * One series failing (a 404, a changed layout, an absurd figure) drops that series only and is
 * reported; the provider fails only when no series could be read.
 */
const GRAPH = 'https://fred.stlouisfed.org/graph/fredgraph.csv';
const API = 'https://api.stlouisfed.org/fred/series/observations';

const H15 = {
  name: 'Federal Reserve Board, H.15 Selected Interest Rates',
  url: 'https://www.federalreserve.gov/releases/h15/',
};
const H10 = {
  name: 'Federal Reserve Board, H.10 Foreign Exchange Rates (noon buying rates in New York)',
  url: 'https://www.federalreserve.gov/releases/h10/',
};
const EIA = {
  name: 'U.S. Energy Information Administration, spot prices',
  url: 'https://www.eia.gov/dnav/pet/pet_pri_spt_s1_d.htm',
};
const CPI = { name: 'U.S. Bureau of Labor Statistics, Consumer Price Index', url: 'https://www.bls.gov/cpi/' };

interface FredSeries extends Omit<SeriesSpec, 'source'> {
  id: string;
  publisher: { name: string; url: string };
}

const FRED_SERIES: FredSeries[] = [
  {
    id: 'DFEDTARU',
    indicator: 'us.fed_funds_target_upper',
    unit: 'percent',
    shape: 'step',
    publisher: {
      name: 'Federal Reserve Board, FOMC federal funds target range',
      url: 'https://www.federalreserve.gov/monetarypolicy/openmarket.htm',
    },
  },
  {
    id: 'ECBDFR',
    indicator: 'ea.ecb_deposit_rate',
    unit: 'percent',
    shape: 'step',
    publisher: {
      name: 'European Central Bank, key ECB interest rates',
      url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html',
    },
  },
  { id: 'DGS2', indicator: 'us.ust_2y_yield', unit: 'percent', shape: 'daily', publisher: H15 },
  { id: 'DGS10', indicator: 'us.ust_10y_yield', unit: 'percent', shape: 'daily', publisher: H15 },
  { id: 'DGS30', indicator: 'us.ust_30y_yield', unit: 'percent', shape: 'daily', publisher: H15 },
  { id: 'DEXJPUS', indicator: 'fx.usdjpy', unit: 'JPY per USD', shape: 'daily', publisher: H10 },
  { id: 'DEXUSUK', indicator: 'fx.gbpusd', unit: 'USD per GBP', shape: 'daily', publisher: H10 },
  { id: 'DEXCHUS', indicator: 'fx.usdcny', unit: 'CNY per USD', shape: 'daily', publisher: H10 },
  { id: 'DEXCAUS', indicator: 'fx.usdcad', unit: 'CAD per USD', shape: 'daily', publisher: H10 },
  { id: 'DEXKOUS', indicator: 'fx.usdkrw', unit: 'KRW per USD', shape: 'daily', publisher: H10 },
  {
    id: 'SP500',
    indicator: 'idx.sp500',
    unit: 'points',
    shape: 'daily',
    publisher: {
      name: 'S&P Dow Jones Indices, S&P 500 close',
      url: 'https://www.spglobal.com/spdji/en/indices/equity/sp-500/',
    },
  },
  {
    id: 'DJIA',
    indicator: 'idx.djia',
    unit: 'points',
    shape: 'daily',
    publisher: {
      name: 'S&P Dow Jones Indices, Dow Jones Industrial Average close',
      url: 'https://www.spglobal.com/spdji/en/indices/equity/dow-jones-industrial-average/',
    },
  },
  {
    id: 'NASDAQCOM',
    indicator: 'idx.nasdaq_composite',
    unit: 'points',
    shape: 'daily',
    publisher: { name: 'Nasdaq, Nasdaq Composite close', url: 'https://indexes.nasdaqomx.com/Index/Overview/COMP' },
  },
  {
    id: 'NIKKEI225',
    indicator: 'idx.nikkei225',
    unit: 'points',
    shape: 'daily',
    publisher: { name: 'Nikkei Inc., Nikkei Stock Average close', url: 'https://indexes.nikkei.co.jp/en/nkave' },
  },
  {
    id: 'VIXCLS',
    indicator: 'idx.vix',
    unit: 'points',
    shape: 'daily',
    publisher: { name: 'Cboe Global Markets, VIX close', url: 'https://www.cboe.com/tradable_products/vix/' },
  },
  { id: 'DCOILWTICO', indicator: 'cmd.wti_usd', unit: 'USD per barrel', shape: 'daily', publisher: EIA },
  { id: 'DCOILBRENTEU', indicator: 'cmd.brent_usd', unit: 'USD per barrel', shape: 'daily', publisher: EIA },
  {
    id: 'CPIAUCNS',
    indicator: 'us.cpi_yoy',
    unit: 'percent',
    shape: 'yoy',
    publisher: CPI,
    note: '12-month change of the CPI-U index (not seasonally adjusted), 1 dp',
  },
  {
    id: 'CPILFESL',
    indicator: 'us.core_cpi_yoy',
    unit: 'percent',
    shape: 'yoy',
    publisher: CPI,
    note: '12-month change of the seasonally adjusted CPI-U less food and energy, 1 dp; may differ by 0.1 from the NSA headline',
  },
  {
    id: 'PCEPILFE',
    indicator: 'us.core_pce_yoy',
    unit: 'percent',
    shape: 'yoy',
    publisher: {
      name: 'U.S. Bureau of Economic Analysis, PCE price index excluding food and energy',
      url: 'https://www.bea.gov/data/personal-consumption-expenditures-price-index-excluding-food-and-energy',
    },
    note: '12-month change of the core PCE price index, 1 dp',
  },
  {
    id: 'UNRATE',
    indicator: 'us.unemployment_rate',
    unit: 'percent',
    shape: 'monthly',
    publisher: { name: 'U.S. Bureau of Labor Statistics, Current Population Survey', url: 'https://www.bls.gov/cps/' },
  },
  {
    id: 'PAYEMS',
    indicator: 'us.nonfarm_payrolls',
    unit: 'jobs',
    shape: 'diff',
    scale: 1000,
    publisher: {
      name: 'U.S. Bureau of Labor Statistics, Current Employment Statistics',
      url: 'https://www.bls.gov/ces/',
    },
    note: 'change in total nonfarm employment (SA) on the month; latest vintage',
  },
  {
    id: 'RSAFS',
    indicator: 'us.retail_sales_mom',
    unit: 'percent',
    shape: 'mom',
    publisher: {
      name: 'U.S. Census Bureau, Advance Monthly Retail Trade',
      url: 'https://www.census.gov/retail/index.html',
    },
    note: '% change on the month, 1 dp; latest vintage',
  },
  {
    id: 'A191RL1Q225SBEA',
    indicator: 'us.gdp_growth_saar',
    unit: 'percent',
    shape: 'quarterly',
    publisher: {
      name: 'U.S. Bureau of Economic Analysis, Gross Domestic Product',
      url: 'https://www.bea.gov/data/gdp/gross-domestic-product',
    },
  },
];

/** Days of history each shape needs (a year-over-year change needs 13 months). */
const LOOKBACK_DAYS: Record<SeriesSpec['shape'], number> = {
  daily: 21,
  step: 3 * 366,
  monthly: 130,
  quarterly: 400,
  annual: 1500,
  yoy: 430,
  diff: 130,
  mom: 130,
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const since = (now: Date, days: number) => isoDay(new Date(now.getTime() - days * 86_400_000));

const fredGraphUrl = (id: string, cosd: string) => `${GRAPH}?id=${id}&cosd=${cosd}`;
const fredSeriesPage = (id: string) => `https://fred.stlouisfed.org/series/${id}`;

/** Reads a fredgraph.csv reply for series `id` into points (days without a figure dropped). */
function parseFredCsv(text: string, id: string): Point[] {
  const rows = csvRows(text);
  const head = rows[0];
  if (!head || head.length < 2 || !/^(observation_date|DATE)$/i.test(head[0]!)) {
    throw new RefreshError(`FRED: the reply for ${id} is not a FRED graph CSV`);
  }
  if (head[1] !== id) throw new RefreshError(`FRED: expected column ${id}, got ${head[1]!.slice(0, 30)}`);
  const points: Point[] = [];
  for (const r of rows.slice(1)) {
    const date = r[0]!;
    if (!DATE_RE.test(date)) throw new RefreshError(`FRED: "${date.slice(0, 20)}" in ${id} is not a date`);
    const v = publishedNumber('FRED', r[1] ?? '', `${id} ${date}`);
    if (v !== null) points.push([date, v]);
  }
  return points;
}

/** Reads the keyed API's JSON ({"observations":[{"date","value"}]}) into points. */
function parseFredApiJson(text: string, id: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError(`FRED API: the reply for ${id} is not JSON`);
  }
  const obs = (json as { observations?: unknown }).observations;
  if (!Array.isArray(obs)) throw new RefreshError(`FRED API: the reply for ${id} has no observations`);
  const points: Point[] = [];
  for (const o of obs as { date?: unknown; value?: unknown }[]) {
    if (typeof o.date !== 'string' || !DATE_RE.test(o.date) || typeof o.value !== 'string') {
      throw new RefreshError(`FRED API: an observation of ${id} is not {date, value}`);
    }
    const v = publishedNumber('FRED API', o.value, `${id} ${o.date}`);
    if (v !== null) points.push([o.date, v]);
  }
  return points;
}

async function seriesPoints(ctx: ProviderContext, s: FredSeries, cosd: string): Promise<Point[] | null> {
  const url = fredGraphUrl(s.id, cosd);
  try {
    const res = await ctx.get(ctx.resolve(url), 'text/csv');
    return res.status === 304 ? null : parseFredCsv(res.text, s.id);
  } catch (err) {
    if (!ctx.fredApiKey) throw err;
    const keyed = `${API}?series_id=${s.id}&observation_start=${cosd}&file_type=json&api_key=${encodeURIComponent(ctx.fredApiKey)}`;
    const res = await ctx.get(ctx.resolve(keyed), 'application/json');
    return res.status === 304 ? null : parseFredApiJson(res.text, s.id);
  }
}

export const fredProvider: Provider = {
  id: 'fred',
  label: 'FRED (St. Louis Fed) downloads (rates, yields, dollar rates, U.S. indices, oil, U.S. macro)',
  indicators: FRED_SERIES.map((s) => s.indicator),
  urls: (now) => FRED_SERIES.map((s) => fredGraphUrl(s.id, since(now, LOOKBACK_DAYS[s.shape]))),
  async fetch(ctx) {
    const observations: ProviderObservation[] = [];
    let unchanged = true;
    const asOf = isoDay(ctx.now);
    const problems: string[] = [];
    let read = 0;
    for (const s of FRED_SERIES) {
      try {
        const points = await seriesPoints(ctx, s, since(ctx.now, LOOKBACK_DAYS[s.shape]));
        read++;
        if (points === null) continue;
        unchanged = false;
        const source = { ...s.publisher, via: fredSeriesPage(s.id) };
        observations.push(...shapeSeries('FRED', { ...s, source }, points, asOf));
      } catch (err) {
        if (!(err instanceof RefreshError)) throw err;
        problems.push(`${s.id}: ${err.message}`);
      }
    }
    if (read === 0 || (observations.length === 0 && problems.length > 0)) {
      throw new RefreshError(`FRED: no series could be read (${problems.slice(0, 2).join('; ')})`);
    }
    return { observations, unchanged: unchanged && problems.length === 0, problems };
  },
};
