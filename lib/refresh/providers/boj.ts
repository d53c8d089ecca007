import { RefreshError } from '../fetch';
import { publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * Bank of Japan Time-Series Data Search API (keyless, since February 2026), code query in JSON:
 *   GET https://www.stat-search.boj.or.jp/api/v1/getDataCode?format=json&lang=en&db=IR01&code=MADR1Z@D&startDate=YYYYMM
 *   → {"STATUS":200,…,"RESULTSET":[{"SERIES_CODE":"MADR1Z@D",…,"VALUES":{"SURVEY_DATES":[20260428,…],"VALUES":[1,…]}}]}
 *   Daily series list calendar days with null where nothing was published.
 * IR01 MADR1Z@D is the basic loan rate, which the BoJ has set 0.25 percentage point above its
 * short-term policy interest rate since July 2024; the policy rate is read as that rate minus 0.25
 * and the note says so.
 */
const BOJ_SPREAD = 0.25;

function bojUrl(now: Date): string {
  const from = new Date(now.getTime() - 3 * 366 * 86_400_000);
  const ym = `${from.getUTCFullYear()}${String(from.getUTCMonth() + 1).padStart(2, '0')}`;
  return `https://www.stat-search.boj.or.jp/api/v1/getDataCode?format=json&lang=en&db=IR01&code=MADR1Z@D&startDate=${ym}`;
}

/** Reads the series' dated values (before the spread is taken off). */
function parseBojJson(text: string, code: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('BoJ: the reply is not JSON');
  }
  const j = json as {
    STATUS?: unknown;
    MESSAGE?: unknown;
    RESULTSET?: { SERIES_CODE?: unknown; VALUES?: { SURVEY_DATES?: unknown; VALUES?: unknown } }[];
  };
  if (j.STATUS !== 200)
    throw new RefreshError(`BoJ: status ${String(j.STATUS)} ${String(j.MESSAGE ?? '').slice(0, 100)}`.trim());
  const set = Array.isArray(j.RESULTSET) ? j.RESULTSET.find((r) => r.SERIES_CODE === code) : undefined;
  const dates = set?.VALUES?.SURVEY_DATES;
  const values = set?.VALUES?.VALUES;
  if (!Array.isArray(dates) || !Array.isArray(values) || dates.length !== values.length) {
    throw new RefreshError(`BoJ: the reply has no dated values for ${code}`);
  }
  const points: Point[] = [];
  dates.forEach((d, i) => {
    const s = String(d);
    if (!/^\d{8}$/.test(s)) throw new RefreshError(`BoJ: "${s.slice(0, 12)}" is not a YYYYMMDD date`);
    const raw = values[i];
    if (raw === null || raw === '') return;
    const v = typeof raw === 'number' ? raw : publishedNumber('BoJ', String(raw), s);
    if (v !== null) points.push([`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`, v]);
  });
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const bojProvider = singleSeriesProvider({
  id: 'boj',
  label: 'Bank of Japan time-series data (policy rate)',
  who: 'BoJ',
  url: bojUrl,
  accept: 'application/json',
  parse: (text) => parseBojJson(text, 'MADR1Z@D').map(([d, v]) => [d, Number((v - BOJ_SPREAD).toFixed(2))]),
  spec: {
    indicator: 'jp.boj_policy_rate',
    unit: 'percent',
    shape: 'step',
    source: {
      name: 'Bank of Japan, basic loan rate (Time-Series Data Search IR01)',
      url: 'https://www.stat-search.boj.or.jp/',
    },
    note: 'read as the basic loan rate minus 0.25 point, the spread the BoJ has kept since July 2024',
  },
});
