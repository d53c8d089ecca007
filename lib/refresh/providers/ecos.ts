import { RefreshError } from '../fetch';
import { publishedNumber } from './csv-rows';
import { exchangeCloseProvider } from './exchange-close';
import type { Point } from './shape';
import { exchangeDay, type ExchangeClock } from './settled';

/**
 * Bank of Korea ECOS Open API with its public `sample` key (at most 10 rows a request), table
 * 802Y001 (stock market, daily), item 0001000 = KOSPI close as published by the Korea Exchange:
 *   GET https://ecos.bok.or.kr/api/StatisticSearch/sample/json/en/1/10/802Y001/D/20260811/20260824/0001000
 *   → {"StatisticSearch":{"list_total_count":n,"row":[{"STAT_CODE":"802Y001",…,"ITEM_CODE1":"0001000",
 *      …,"TIME":"20260106","DATA_VALUE":"4525.48"},…]}} (oldest first)
 *   or, with HTTP 200 too, {"RESULT":{"CODE":"INFO-200","MESSAGE":…}} when the dates hold no row.
 * The window is the last 14 days, which hold at most 10 trading days, the sample key's limit.
 */
const SEOUL: ExchangeClock = { utcOffsetHours: 9, settledAtMinute: 16 * 60 + 30 };
const WINDOW_DAYS = 14;

const ymd = (day: string) => day.replaceAll('-', '');

export function ecosKospiUrl(now: Date): string {
  const to = exchangeDay(SEOUL, now);
  const from = new Date(Date.parse(to) - (WINDOW_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  return `https://ecos.bok.or.kr/api/StatisticSearch/sample/json/en/1/10/802Y001/D/${ymd(from)}/${ymd(to)}/0001000`;
}

interface EcosRow {
  STAT_CODE?: unknown;
  ITEM_CODE1?: unknown;
  TIME?: unknown;
  DATA_VALUE?: unknown;
}

export function parseEcosKospi(text: string): Point[] {
  let json: { StatisticSearch?: { row?: unknown }; RESULT?: { CODE?: unknown; MESSAGE?: unknown } };
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('ECOS: the reply is not JSON');
  }
  if (json?.RESULT?.CODE === 'INFO-200') return [];
  if (json?.RESULT) {
    throw new RefreshError(`ECOS: the API answered ${String(json.RESULT.CODE)} ${String(json.RESULT.MESSAGE ?? '')}`);
  }
  const rows = json?.StatisticSearch?.row;
  if (!Array.isArray(rows)) throw new RefreshError('ECOS: the reply is not a StatisticSearch result');
  const points: Point[] = [];
  for (const r of rows as EcosRow[]) {
    if (r.STAT_CODE !== '802Y001' || r.ITEM_CODE1 !== '0001000')
      throw new RefreshError('ECOS: a row is not KOSPI (802Y001 / 0001000)');
    const m = typeof r.TIME === 'string' ? /^(\d{4})(\d{2})(\d{2})$/.exec(r.TIME) : null;
    if (!m || typeof r.DATA_VALUE !== 'string')
      throw new RefreshError('ECOS: a row is not {TIME YYYYMMDD, DATA_VALUE}');
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    const v = publishedNumber('ECOS', r.DATA_VALUE, day);
    if (v !== null) points.push([day, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const ecosProvider = exchangeCloseProvider({
  id: 'ecos',
  label: 'Bank of Korea ECOS (KOSPI close)',
  who: 'ECOS',
  url: ecosKospiUrl,
  parse: parseEcosKospi,
  clock: SEOUL,
  indicator: 'idx.kospi',
  source: {
    name: 'Korea Exchange (KRX), KOSPI daily close, as published in Bank of Korea ECOS table 802Y001',
    url: 'https://global.krx.co.kr/main/main.jsp',
    via: 'https://ecos.bok.or.kr/',
  },
});
