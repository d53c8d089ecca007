import { RefreshError } from '../fetch';
import { exchangeCloseProvider } from './exchange-close';
import type { Point } from './shape';
import type { ExchangeClock } from './settled';

/**
 * Shanghai Stock Exchange market-data service (keyless), day bars of the SSE Composite (000001):
 *   GET https://yunhq.sse.com.cn:32042/v1/sh1/dayk/000001?select=date,close&begin=-10&end=-1
 *   → {"code":"000001","total":…,"begin":…,"end":…,"kline":[[20251027,3890.0],…]} (oldest first).
 * `select` names the columns of each bar in order; begin/end count bars back from the latest.
 * With a `callback=` parameter the same object comes wrapped as JSONP, which is also accepted.
 * The latest bar moves during the session, so a bar dated today counts only after the close.
 */
export const SSE_URL = 'https://yunhq.sse.com.cn:32042/v1/sh1/dayk/000001?select=date,close&begin=-10&end=-1';

/** China Standard Time; the session ends 15:00, the close is final well before 15:30. */
const SHANGHAI: ExchangeClock = { utcOffsetHours: 8, settledAtMinute: 15 * 60 + 30 };

function unwrap(text: string): unknown {
  const body = text.trim();
  const jsonp = /^[\w$.]+\(([\s\S]*)\)\s*;?$/.exec(body);
  try {
    return JSON.parse(jsonp ? jsonp[1]! : body);
  } catch {
    throw new RefreshError('SSE: the reply is not JSON');
  }
}

export function parseSseDayk(text: string): Point[] {
  const json = unwrap(text) as { code?: unknown; kline?: unknown };
  if (json.code !== '000001' || !Array.isArray(json.kline))
    throw new RefreshError('SSE: the reply is not the day bars of index 000001');
  const points: Point[] = [];
  for (const bar of json.kline as unknown[]) {
    if (!Array.isArray(bar) || bar.length !== 2) throw new RefreshError('SSE: a bar is not [date, close]');
    const [d, close] = bar as unknown[];
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(String(d));
    if (!m) throw new RefreshError(`SSE: "${String(d).slice(0, 20)}" is not a YYYYMMDD date`);
    if (typeof close !== 'number') throw new RefreshError(`SSE: the close of ${String(d)} is not a number`);
    points.push([`${m[1]}-${m[2]}-${m[3]}`, close]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const sseProvider = exchangeCloseProvider({
  id: 'sse',
  label: 'Shanghai Stock Exchange (SSE Composite close)',
  who: 'SSE',
  url: () => SSE_URL,
  parse: parseSseDayk,
  clock: SHANGHAI,
  indicator: 'idx.shanghai_composite',
  source: {
    name: 'Shanghai Stock Exchange, SSE Composite Index (000001), daily close',
    url: 'https://www.sse.com.cn/market/price/trends/',
  },
});
