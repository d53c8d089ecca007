import type { Provider, ProviderObservation } from '../types';
import { RefreshError } from '../fetch';
import { publishedNumber } from './csv-rows';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/**
 * Statistics Dashboard of the Statistics Bureau of Japan (keyless Web API), one series a request:
 *   GET https://dashboard.e-stat.go.jp/api/1.0/Json/getData?Lang=EN&IndicatorCode=<19 digits>&RegionCode=00000&Cycle=<1|2>&IsSeasonalAdjustment=<1|2>
 *   → {"GET_STATS":{"RESULT":{"status":"0","errorMsg":…},
 *       "STATISTICAL_DATA":{"RESULT_INF":{…},"DATA_INF":{"DATA_OBJ":[{"VALUE":{"@indicator":…,"@regionCode":"00000",
 *       "@time":"20260300","@cycle":"1","@regionRank":"2","@isSeasonal":"1","@isProvisional":"0","$":"1.8"}},…]}}}}
 *   Months are "YYYYMM00", quarters "YYYYnQ00"; DATA_OBJ is a bare object when only one value answers;
 *   status "1" means no data for that code. A bad parameter is answered with an HTML page, so TimeFrom
 *   is not sent (the whole series is small) and a non-JSON reply is a changed format.
 * The Dashboard republishes the figures as released: core CPI is the Bureau's own (2025-base series,
 * all items less fresh food, % on a year earlier); GDP growth is the Cabinet Office's quarterly
 * estimate (2020 base, real, seasonally adjusted), as % on the quarter and that rate annualized.
 * Each figure names its publisher's page as its source and the Dashboard as `via`. A CPI rebase gives
 * the series a new code; when the current-base code has no data, the previous base's code is asked.
 */
const API = 'https://dashboard.e-stat.go.jp/api/1.0/Json/getData';
const DASHBOARD = 'https://dashboard.e-stat.go.jp/en/';
const NATIONWIDE = '00000';
/** The Dashboard's status for a request that ended normally with nothing to return. */
const NO_DATA = '1';

const ESRI_QE = {
  name: 'Cabinet Office, Japan, Quarterly Estimates of GDP',
  url: 'https://www.esri.cao.go.jp/en/sna/sokuhou/sokuhou_top.html',
  via: DASHBOARD,
};

interface EstatSeries extends SeriesSpec {
  code: string;
  /** Asked only when `code` has no data (the previous base of a rebased series). */
  fallback?: { code: string; note: string };
  /** The Dashboard's cycle: 1 monthly, 2 quarterly. */
  cycle: '1' | '2';
  /** The Dashboard's adjustment: 1 original figures, 2 seasonally adjusted. */
  adjustment: '1' | '2';
}

export const ESTAT_SERIES: EstatSeries[] = [
  {
    code: '0703010601010030010',
    cycle: '1',
    adjustment: '1',
    indicator: 'jp.core_cpi_yoy',
    unit: 'percent',
    shape: 'monthly',
    source: {
      name: 'Statistics Bureau of Japan (MIC), Consumer Price Index',
      url: 'https://www.stat.go.jp/english/data/cpi/index.html',
      via: DASHBOARD,
    },
    note: 'all items less fresh food, % change on a year earlier, nationwide (2025-base series)',
    fallback: {
      code: '0703010501010030010',
      note: 'all items less fresh food, % change on a year earlier, nationwide (2020-base series)',
    },
  },
  {
    code: '0705020501000040000',
    cycle: '2',
    adjustment: '2',
    indicator: 'jp.gdp_growth_qoq',
    unit: 'percent',
    shape: 'quarterly',
    source: ESRI_QE,
    note: 'real, seasonally adjusted, % on the quarter; latest estimate',
  },
  {
    code: '0705020501000060000',
    cycle: '2',
    adjustment: '2',
    indicator: 'jp.gdp_growth_annualized',
    unit: 'percent',
    shape: 'quarterly',
    source: ESRI_QE,
    note: 'real, seasonally adjusted, annualized rate; latest estimate',
  },
];

export const estatUrl = (s: Pick<EstatSeries, 'code' | 'cycle' | 'adjustment'>) =>
  `${API}?Lang=EN&IndicatorCode=${s.code}&RegionCode=${NATIONWIDE}&Cycle=${s.cycle}&IsSeasonalAdjustment=${s.adjustment}`;

/** "20260300" → 2026-03-01, "20261Q00" → 2026-01-01 (first day of the quarter); null otherwise. */
export function estatPeriodDate(time: string, cycle: '1' | '2'): string | null {
  if (cycle === '1') {
    const m = /^(\d{4})(0[1-9]|1[0-2])00$/.exec(time);
    return m ? `${m[1]}-${m[2]}-01` : null;
  }
  const q = /^(\d{4})([1-4])Q00$/.exec(time);
  return q ? `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01` : null;
}

interface EstatValue {
  '@indicator'?: unknown;
  '@regionCode'?: unknown;
  '@time'?: unknown;
  '@cycle'?: unknown;
  '@isSeasonal'?: unknown;
  $?: unknown;
}

/**
 * Reads one getData reply for series `s` into points (nationwide rows of its cycle and adjustment);
 * an empty list when the Dashboard has no data for the code (status "1", or no nationwide rows).
 */
export function parseEstatJson(text: string, s: Pick<EstatSeries, 'code' | 'cycle' | 'adjustment'>): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError(`e-Stat: the reply for ${s.code} is not JSON`);
  }
  const stats = (json as { GET_STATS?: unknown } | null)?.GET_STATS as
    | { RESULT?: Record<string, unknown>; STATISTICAL_DATA?: { DATA_INF?: { DATA_OBJ?: unknown } } }
    | undefined;
  if (!stats || typeof stats !== 'object' || !stats.RESULT) {
    throw new RefreshError(`e-Stat: the reply for ${s.code} is not a Statistics Dashboard getData reply`);
  }
  // Older replies spelled the result keys in capitals.
  const status = String(stats.RESULT.status ?? stats.RESULT.STATUS ?? '');
  if (status === NO_DATA && stats.STATISTICAL_DATA === undefined) return [];
  if (status !== '0') {
    const msg = String(stats.RESULT.errorMsg ?? stats.RESULT.ERROR_MSG ?? '').slice(0, 100);
    throw new RefreshError(`e-Stat: status ${status || '?'} for ${s.code}${msg ? ` (${msg})` : ''}`);
  }
  const objs = stats.STATISTICAL_DATA?.DATA_INF?.DATA_OBJ;
  if (!objs || typeof objs !== 'object') throw new RefreshError(`e-Stat: the reply for ${s.code} has no DATA_OBJ`);
  const points: Point[] = [];
  for (const o of (Array.isArray(objs) ? objs : [objs]) as { VALUE?: EstatValue }[]) {
    const v = o?.VALUE;
    if (!v || typeof v !== 'object') throw new RefreshError(`e-Stat: a DATA_OBJ entry for ${s.code} has no VALUE`);
    if (v['@indicator'] !== undefined && v['@indicator'] !== s.code) {
      throw new RefreshError(`e-Stat: asked for ${s.code}, got ${String(v['@indicator']).slice(0, 25)}`);
    }
    if (v['@regionCode'] !== NATIONWIDE || v['@cycle'] !== s.cycle || v['@isSeasonal'] !== s.adjustment) continue;
    const time = String(v['@time'] ?? '');
    const date = estatPeriodDate(time, s.cycle);
    if (!date) throw new RefreshError(`e-Stat: "${time.slice(0, 12)}" in ${s.code} is not a period`);
    if (typeof v.$ !== 'string') throw new RefreshError(`e-Stat: the ${time} value of ${s.code} is not text`);
    const value = publishedNumber('e-Stat', v.$, `${s.code} ${time}`);
    if (value !== null) points.push([date, value]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The codes a series may be read from, current first, each with the note its figures carry. */
const codesOf = (s: EstatSeries) => [{ code: s.code, note: s.note }, ...(s.fallback ? [s.fallback] : [])];

export const estatProvider: Provider = {
  id: 'estat',
  label: 'Statistics Dashboard of Japan (core CPI, GDP growth)',
  indicators: ESTAT_SERIES.map((s) => s.indicator),
  urls: () => ESTAT_SERIES.flatMap((s) => codesOf(s).map((c) => estatUrl({ ...s, code: c.code }))),
  async fetch(ctx) {
    const observations: ProviderObservation[] = [];
    let unchanged = true;
    const asOf = ctx.now.toISOString().slice(0, 10);
    for (const s of ESTAT_SERIES) {
      let answered = false;
      for (const c of codesOf(s)) {
        const res = await ctx.get(ctx.resolve(estatUrl({ ...s, code: c.code })), 'application/json');
        if (res.status === 304) {
          answered = true;
          break;
        }
        const points = parseEstatJson(res.text, { ...s, code: c.code });
        if (points.length === 0) continue;
        unchanged = false;
        answered = true;
        observations.push(...shapeSeries('e-Stat', { ...s, note: c.note }, points, asOf));
        break;
      }
      if (!answered) {
        const codes = codesOf(s)
          .map((c) => c.code)
          .join(' or ');
        throw new RefreshError(`e-Stat: the reply for ${codes} has no nationwide values`);
      }
    }
    return { observations, unchanged };
  },
};
