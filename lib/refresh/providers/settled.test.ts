import { describe, expect, it } from 'vitest';
import { exchangeDay, settledCloses, type ExchangeClock } from './settled';
import type { Point } from './shape';

/** Shanghai: UTC+8, closes final from 15:30. */
const SHANGHAI: ExchangeClock = { utcOffsetHours: 8, settledAtMinute: 15 * 60 + 30 };
const BARS: Point[] = [
  ['2026-08-20', 3850.1],
  ['2026-08-21', 3861.2],
];

describe('settledCloses', () => {
  it('drops a bar dated today while the session may still run (14:00 China time)', () => {
    expect(settledCloses(BARS, SHANGHAI, new Date('2026-08-21T06:00:00Z'))).toEqual([BARS[0]]);
  });
  it('keeps the same bar once the close is final (16:00 China time)', () => {
    expect(settledCloses(BARS, SHANGHAI, new Date('2026-08-21T08:00:00Z'))).toEqual(BARS);
  });
  it('reads the day on the exchange clock, not UTC (01:00 China time is already the next day)', () => {
    expect(exchangeDay(SHANGHAI, new Date('2026-08-20T17:00:00Z'))).toBe('2026-08-21');
    expect(settledCloses(BARS, SHANGHAI, new Date('2026-08-20T17:00:00Z'))).toEqual([BARS[0]]);
  });
  it('drops a bar dated after today', () => {
    expect(settledCloses(BARS, SHANGHAI, new Date('2026-08-20T08:00:00Z'))).toEqual([BARS[0]]);
  });
});
