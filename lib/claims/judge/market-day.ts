import { addDays } from '../dates';
import type { Judgement } from '../types';
import { localDateTime, MARKET_CLOSE, writtenBy } from './after-close';

/** Markets that trade round the clock, by the zone whose calendar day their stored daily figure belongs to. */
const ALL_DAY_ZONES: Readonly<Record<string, string>> = {
  // The Fed's H.10 noon rates and ICE's settlements: New York's day.
  'fx.usdjpy': 'America/New_York',
  'fx.eurusd': 'America/New_York',
  'fx.gbpusd': 'America/New_York',
  'fx.usdcny': 'America/New_York',
  'fx.usdcad': 'America/New_York',
  'fx.usdkrw': 'America/New_York',
  'cmd.wti_usd': 'America/New_York',
  'cmd.brent_usd': 'America/New_York',
  // LBMA's auctions are London's.
  'cmd.gold_usd': 'Europe/London',
  'cmd.silver_usd': 'Europe/London',
  'de.bund_10y_yield': 'Europe/Berlin',
  // A coin's daily close is the end of the UTC day (Coinbase, Kraken).
  'crypto.btc_usd': 'UTC',
  'crypto.eth_usd': 'UTC',
};

/**
 * day-not-closed: a coin's figure of the day is its close at the end of the UTC day; a page written during that day
 * can hold only the day before's close, which is the second reading (pickSession), as before an exchange opens.
 */
const CLOSES_AT_DAY_END: ReadonlySet<string> = new Set(['crypto.btc_usd', 'crypto.eth_usd']);
/** Late in the UTC day a writer quotes the price of the moment as the day's ("fell 7.8% to $3,601.99" at 22:15). */
const DAY_NOT_CLOSED_BEFORE = '12:00';

/**
 * market-day. Example: "The dollar index slipped to 99.58" in a Singapore morning note dated 18 March,
 * sent at 18:40 New York time on the 17th: the market's own calendar still read the 17th, so no figure
 * of the 18th existed; "the Dow rose 0.22%" in a European midday note (06:35 in New York) is the day
 * before's move, as the New York Stock Exchange had not opened. The latest day an undated market figure
 * can be of, given the latest instant the page says it was written (its update stamp where it has one: a
 * live blog begun before the open reports the close); the article's date where the instant or the
 * market's hours are unknown. A stamp at midnight exactly is a date written as a time, not an instant.
 */
export function marketDayAt(
  indicatorId: string,
  published: string,
  publishedAt?: string,
  updatedAt?: string,
): { day: string; sure: boolean } {
  const same = { day: published, sure: true };
  const at = writtenBy(publishedAt, updatedAt);
  if (!at || /T00:00(?::00(?:\.0+)?)?Z$/.test(at)) return same;
  const market = MARKET_CLOSE[indicatorId];
  const zone = market?.zone ?? ALL_DAY_ZONES[indicatorId];
  if (!zone) return same;
  const t = Date.parse(at);
  if (Number.isNaN(t)) return same;
  const local = localDateTime(t, zone);
  if (local.date < published) return { day: local.date, sure: true };
  // before-open: a page begun before the open may be a live blog that runs through the session (with no update
  // stamp), so the session before is only a second reading (pickSession).
  if (market?.opens && local.date === published && local.time < market.opens)
    return { day: addDays(published, -1), sure: false };
  if (CLOSES_AT_DAY_END.has(indicatorId) && local.date === published && local.time < DAY_NOT_CLOSED_BEFORE)
    return { day: addDays(published, -1), sure: false };
  return same;
}

/**
 * before-open: of the two readings of a figure on a page begun before its market opened, the session before's
 * where it agrees; the day's own where that agrees or is the milder; the session before's alarm only where the
 * figure is that session's move to the digit, swapped or the other way, which no other session explains.
 */
export function pickSession(own: Judgement, before: Judgement): Judgement {
  if (before.verdict === 'matches') return before;
  if (own.verdict === 'matches' || own.verdict === 'close') return own;
  const alarm = (j: Judgement) => j.verdict === 'differs' || j.verdict === 'inconsistent';
  if (alarm(before) && (before.settledBy === 'digits-swapped' || before.settledBy === 'sign-flipped')) return before;
  if (alarm(own) && !alarm(before)) return before;
  return own;
}

/**
 * fixed-later: an all-day market's stored figure is fixed at an hour of its day (a settlement, a noon rate, an
 * auction): "WTI spot ... down 3.8% for the week" in a Monday 06:00 newsletter has no Monday figure yet, so its week
 * is the one to Friday. Local hours in the zone of ALL_DAY_ZONES.
 */
const FIXED_AT: Readonly<Record<string, string>> = {
  'cmd.wti_usd': '14:30',
  'cmd.brent_usd': '14:30',
  'cmd.gold_usd': '15:00',
  'cmd.silver_usd': '12:00',
  'fx.usdjpy': '12:00',
  'fx.eurusd': '12:00',
  'fx.gbpusd': '12:00',
  'fx.usdcny': '12:00',
  'fx.usdcad': '12:00',
  'fx.usdkrw': '12:00',
};

/** Whether the page was written on its date before the indicator's figure of that day was fixed. */
export function beforeDayFixed(indicatorId: string, published: string, publishedAt?: string): boolean {
  const fixed = FIXED_AT[indicatorId];
  const zone = ALL_DAY_ZONES[indicatorId];
  if (!fixed || !zone || !publishedAt || /T00:00(?::00(?:\.0+)?)?Z$/.test(publishedAt)) return false;
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return false;
  const local = localDateTime(t, zone);
  return local.date === published && local.time < fixed;
}
