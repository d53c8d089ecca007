import { addDays } from '../dates';

/**
 * Rule after-the-close: "the 10-year yield fell to 4.29%" in a wrap published at 4:45 p.m. New York
 * time speaks of the day's close, not an intraday trade: the "traded near" range (quote.ts) no longer
 * covers it. Only markets whose closing time is written here; the time is the local time by which
 * every figure of that market for the day is final; `opens`, an exchange's opening time, before which
 * none of its figures for the day exists (market-day.ts).
 */
export const MARKET_CLOSE: Record<string, { zone: string; finalBy: string; opens?: string }> = {
  // NYSE and Nasdaq close at 16:00, the VIX at 16:15; Treasury yields are the day's by then too.
  'idx.sp500': { zone: 'America/New_York', finalBy: '16:30', opens: '09:30' },
  'idx.djia': { zone: 'America/New_York', finalBy: '16:30', opens: '09:30' },
  'idx.nasdaq_composite': { zone: 'America/New_York', finalBy: '16:30', opens: '09:30' },
  'idx.vix': { zone: 'America/New_York', finalBy: '16:30' },
  'us.ust_2y_yield': { zone: 'America/New_York', finalBy: '16:30' },
  'us.ust_10y_yield': { zone: 'America/New_York', finalBy: '16:30' },
  'us.ust_30y_yield': { zone: 'America/New_York', finalBy: '16:30' },
  // The dollar index's day ends with ICE's 17:00 New York settlement, the close the stored series keeps.
  'fx.dxy': { zone: 'America/New_York', finalBy: '17:00' },
  // The Tokyo Stock Exchange closes at 15:30.
  'idx.nikkei225': { zone: 'Asia/Tokyo', finalBy: '15:45', opens: '09:00' },
  'idx.topix': { zone: 'Asia/Tokyo', finalBy: '15:45', opens: '09:00' },
  // The Finance Ministry's JGB yields are the day's by the Tokyo evening; JGB futures open at 08:45.
  'jp.jgb_10y_yield': { zone: 'Asia/Tokyo', finalBy: '18:00', opens: '08:45' },
  // Seoul closes at 15:30, Shanghai at 15:00, Hong Kong's closing auction ends about 16:10.
  'idx.kospi': { zone: 'Asia/Seoul', finalBy: '15:45', opens: '09:00' },
  'idx.shanghai_composite': { zone: 'Asia/Shanghai', finalBy: '15:15', opens: '09:30' },
  'idx.hang_seng': { zone: 'Asia/Hong_Kong', finalBy: '16:30', opens: '09:30' },
  // London's closing auction ends about 16:35; Frankfurt's Xetra and Paris close at 17:30.
  'idx.ftse100': { zone: 'Europe/London', finalBy: '16:45', opens: '08:00' },
  'idx.dax': { zone: 'Europe/Berlin', finalBy: '17:45', opens: '09:00' },
  'idx.cac40': { zone: 'Europe/Paris', finalBy: '17:45', opens: '09:00' },
};

/**
 * Whether an article published at `publishedAt` (an ISO instant) went out after the indicator's
 * market closed on `day`, that same local day (a later day's article may recall an intraday price).
 */
/** Whether the market's closing hour is known (MARKET_CLOSE), so that "before the close" can be told. */
export function hasMarketClose(indicatorId: string): boolean {
  return !!MARKET_CLOSE[indicatorId];
}

export function afterClose(indicatorId: string, publishedAt: string | undefined, day: string): boolean {
  const market = MARKET_CLOSE[indicatorId];
  if (!market || !publishedAt) return false;
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return false;
  const local = localDateTime(t, market.zone);
  if (local.date === day) return local.time >= market.finalBy;
  // past-midnight: an article dated 2026-06-11 in its own zone, sent at 18:40 New York time, is 00:40 in Paris the
  // next day, before that day's close: Paris's close of its own date is final.
  return publishedAt.slice(0, 10) === day && local.date === addDays(day, 1) && local.time < market.finalBy;
}

/**
 * Whether `day`'s close was the market's latest final close when the article went out: published
 * after that close and before the next day's ("the Topix ended at" in a New York evening story
 * is Tokyo's close of that day).
 */
export function latestCloseAt(indicatorId: string, publishedAt: string | undefined, day: string): boolean {
  const market = MARKET_CLOSE[indicatorId];
  if (!market || !publishedAt) return false;
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return false;
  const local = localDateTime(t, market.zone);
  const at = `${local.date}T${local.time}`;
  return at >= `${day}T${market.finalBy}` && at < `${addDays(day, 1)}T${market.finalBy}`;
}

/** The latest instant a page says it was written: its update stamp where that is later than its publication. */
export function writtenBy(publishedAt: string | undefined, updatedAt: string | undefined): string | undefined {
  return updatedAt && publishedAt && updatedAt > publishedAt ? updatedAt : publishedAt;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const localMemo = new Map<string, { date: string; time: string }>();

/** A page's one or two stamps are read in a zone for every undated market figure on it: both kept. */
export function localDateTime(t: number, zone: string): { date: string; time: string } {
  const key = `${zone}|${t}`;
  const hit = localMemo.get(key);
  if (hit) return hit;
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, format);
  }
  const parts = format.formatToParts(new Date(t));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const out = { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
  if (localMemo.size > 256) localMemo.clear();
  localMemo.set(key, out);
  return out;
}

/**
 * overnight-session: "Overnight in New York, the S&P 500 added 0.85 percent" in a Tokyo evening story
 * (05:20 in New York) is the last session whose close was final when the story went out, not the one
 * still to trade. Null when the market or the time is unknown.
 */
export function lastFinalDay(indicatorId: string, publishedAt: string | undefined): string | null {
  const market = MARKET_CLOSE[indicatorId];
  if (!market || !publishedAt) return null;
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return null;
  const local = localDateTime(t, market.zone);
  return local.time >= market.finalBy ? local.date : addDays(local.date, -1);
}
