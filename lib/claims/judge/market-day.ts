import { localDateTime, MARKET_CLOSE } from './after-close';

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
};

/**
 * market-day. Example: "The dollar index slipped to 99.58" in a Singapore morning note dated
 * 18 March, sent at 18:40 New York time on the 17th: the market's own calendar still read the 17th,
 * so no figure of the 18th existed. The latest day an undated market figure can be of, given the
 * instant the article went out; the article's date where the instant or the market's zone is unknown.
 * A stamp at midnight exactly is a date written as a time, not an instant. (An exchange's opening
 * time is no such bound: a live blog's stamp is when it began, hours before the closes it reports.)
 */
export function marketDayAt(indicatorId: string, published: string, publishedAt: string | undefined): string {
  if (!publishedAt || /T00:00(?::00(?:\.0+)?)?Z$/.test(publishedAt)) return published;
  const zone = MARKET_CLOSE[indicatorId]?.zone ?? ALL_DAY_ZONES[indicatorId];
  if (!zone) return published;
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return published;
  const local = localDateTime(t, zone);
  if (local.date < published) return local.date;
  return published;
}
