import type { Provider, ProviderObservation } from '../types';
import { RefreshError } from '../fetch';
import { csvRows, publishedNumber } from './csv-rows';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/**
 * ECB Data Portal SDMX REST API, CSV flavour (keyless):
 *   GET https://data-api.ecb.europa.eu/service/data/FM/B.U2.EUR.4F.KR.DFR.LEV?format=csvdata&detail=dataonly&startPeriod=…
 *   → KEY,FREQ,REF_AREA,…,TIME_PERIOD,OBS_VALUE (dimension columns differ per dataflow, so columns
 *     are read by name). Key ECB rates (FM.B…KR) list one row per change date; HICP is monthly
 *     (TIME_PERIOD YYYY-MM); national accounts quarterly (YYYY-Qn).
 */
const API = 'https://data-api.ecb.europa.eu/service/data';
const ECB_RATES = {
  name: 'European Central Bank, key ECB interest rates',
  url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html',
};

interface EcbSeries extends SeriesSpec {
  flow: string;
  key: string;
  lookbackDays: number;
}

const SERIES: EcbSeries[] = [
  {
    flow: 'FM',
    key: 'B.U2.EUR.4F.KR.DFR.LEV',
    indicator: 'ea.ecb_deposit_rate',
    unit: 'percent',
    shape: 'step',
    lookbackDays: 3 * 366,
    source: ECB_RATES,
  },
  {
    flow: 'ICP',
    key: 'M.U2.N.000000.4.ANR',
    indicator: 'ea.hicp_yoy',
    unit: 'percent',
    shape: 'monthly',
    lookbackDays: 130,
    source: {
      name: 'Eurostat / ECB, HICP overall index, annual rate of change (euro area)',
      url: 'https://data.ecb.europa.eu/data/datasets/ICP/ICP.M.U2.N.000000.4.ANR',
    },
  },
  {
    flow: 'MNA',
    key: 'Q.Y.I9.W2.S1.S1.B.B1GQ._Z._Z._Z.EUR.LR.GQ',
    indicator: 'ea.gdp_growth_qoq',
    unit: 'percent',
    shape: 'quarterly',
    lookbackDays: 400,
    source: {
      name: 'Eurostat / ECB, euro area GDP, chain-linked volumes, quarter-on-quarter growth',
      url: 'https://data.ecb.europa.eu/data/datasets/MNA',
    },
  },
];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const ecbDataUrl = (s: { flow: string; key: string }, start: string) =>
  `${API}/${s.flow}/${s.key}?format=csvdata&detail=dataonly&startPeriod=${start}`;

/** TIME_PERIOD as a first-of-period date: 2026-03 → 2026-03-01, 2026-Q2 → 2026-04-01. */
function periodDate(p: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return p;
  if (/^\d{4}-\d{2}$/.test(p)) return `${p}-01`;
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return null;
}

/** Reads one series' csvdata reply; rows for other keys are ignored. */
function parseEcbCsv(text: string, fullKey: string): Point[] {
  const rows = csvRows(text);
  const head = rows[0] ?? [];
  const k = head.indexOf('KEY');
  const t = head.indexOf('TIME_PERIOD');
  const v = head.indexOf('OBS_VALUE');
  if (k < 0 || t < 0 || v < 0) throw new RefreshError(`ECB data: the reply for ${fullKey} is not SDMX csvdata`);
  const points: Point[] = [];
  for (const r of rows.slice(1)) {
    if (r[k] !== fullKey) continue;
    const date = periodDate(r[t] ?? '');
    if (!date) throw new RefreshError(`ECB data: "${(r[t] ?? '').slice(0, 20)}" in ${fullKey} is not a period`);
    const value = publishedNumber('ECB data', r[v] ?? '', `${fullKey} ${r[t]}`);
    if (value !== null) points.push([date, value]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const ecbDataProvider: Provider = {
  id: 'ecb-data',
  label: 'ECB Data Portal (deposit facility rate, euro area HICP and GDP)',
  indicators: SERIES.map((s) => s.indicator),
  urls: (now) => SERIES.map((s) => ecbDataUrl(s, isoDay(new Date(now.getTime() - s.lookbackDays * 86_400_000)))),
  async fetch(ctx) {
    const observations: ProviderObservation[] = [];
    let unchanged = true;
    const urls = ecbDataProvider.urls(ctx.now);
    for (const [i, s] of SERIES.entries()) {
      const res = await ctx.get(ctx.resolve(urls[i]!), 'text/csv');
      if (res.status === 304) continue;
      unchanged = false;
      observations.push(...shapeSeries('ECB data', s, parseEcbCsv(res.text, `${s.flow}.${s.key}`), isoDay(ctx.now)));
    }
    return { observations, unchanged };
  },
};
