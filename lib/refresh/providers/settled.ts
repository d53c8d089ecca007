import type { Point } from './shape';

/**
 * An exchange's day as its own clock reads it: the UTC offset of its time zone (no daylight
 * saving in Shanghai, Hong Kong or Seoul) and the minute after midnight from which that day's
 * close is final (the closing auction over and the index owner's close published).
 */
export interface ExchangeClock {
  utcOffsetHours: number;
  settledAtMinute: number;
}

/** The exchange's calendar day at `now`, YYYY-MM-DD. */
export function exchangeDay(clock: ExchangeClock, now: Date): string {
  return new Date(now.getTime() + clock.utcOffsetHours * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Drops a level dated today (exchange time) while the session may still be running, so an
 * intraday level is never stored as that day's close; e.g. a Shanghai bar dated today at
 * 14:00 China time is left out, the same bar read at 16:00 is kept. Later dates are dropped too.
 */
export function settledCloses(points: Point[], clock: ExchangeClock, now: Date): Point[] {
  const today = exchangeDay(clock, now);
  const local = new Date(now.getTime() + clock.utcOffsetHours * 3_600_000);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const todaySettled = minute >= clock.settledAtMinute;
  return points.filter(([d]) => d < today || (d === today && todaySettled));
}
