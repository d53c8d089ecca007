import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromDay, lastDayOfMonth, normaliseDate, periodBounds, previousPeriod, toDay, weekday } from './dates';

const DAY_MS = 86_400_000;
/** The oracle: JavaScript's own UTC calendar. */
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const FIRST = Date.UTC(1990, 0, 1) / DAY_MS;
const LAST = Date.UTC(2100, 11, 31) / DAY_MS;

describe('dates.ts', () => {
  it('toDay/fromDay agree with the UTC calendar and round-trip over 1990–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        const iso = fromDay(day);
        expect(iso).toBe(isoOf(day));
        expect(toDay(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
    // And every single day of the range, cheaply: consecutive days stay consecutive.
    for (let d = FIRST; d <= LAST; d += 1) if (toDay(fromDay(d)) !== d) throw new Error(`round trip fails at ${d}`);
  });

  it('known day numbers', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('2000-03-01')).toBe(11017);
    expect(fromDay(20231)).toBe('2025-05-23');
    // Month and year strings count from their first day.
    expect(toDay('2025-05')).toBe(toDay('2025-05-01'));
    expect(toDay('2025')).toBe(toDay('2025-01-01'));
  });

  it('weekday: 0 is Monday, 6 is Sunday', () => {
    expect(weekday('2025-05-19')).toBe(0);
    expect(weekday('2025-05-23')).toBe(4);
    expect(weekday('2025-05-25')).toBe(6);
    expect(weekday('1970-01-01')).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        expect(weekday(isoOf(day))).toBe((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
      }),
    );
  });

  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-05-23', -366)).toBe('2024-05-22');
  });

  it('lastDayOfMonth knows leap years (incl. the 100/400 rules)', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
    expect(lastDayOfMonth(2000, 2)).toBe('2000-02-29');
    expect(lastDayOfMonth(2100, 2)).toBe('2100-02-28');
    expect(lastDayOfMonth(2025, 4)).toBe('2025-04-30');
    expect(lastDayOfMonth(2025, 12)).toBe('2025-12-31');
    expect(lastDayOfMonth(1999, 1)).toBe('1999-01-31');
  });

  it('periodBounds and previousPeriod', () => {
    expect(periodBounds('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodBounds('2025-Q1')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(periodBounds('2024-Q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(periodBounds('2025-H2')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(periodBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodBounds('2025-05-23')).toEqual({ from: '2025-05-23', to: '2025-05-23' });
    expect(previousPeriod('2025-01')).toBe('2024-12');
    expect(previousPeriod('2025-03')).toBe('2025-02');
    expect(previousPeriod('2025-Q1')).toBe('2024-Q4');
    expect(previousPeriod('2025-Q3')).toBe('2025-Q2');
    expect(previousPeriod('2025-H1')).toBe('2024-H2');
    expect(previousPeriod('2025')).toBe('2024');
    expect(previousPeriod('2025-05-23')).toBeNull();
  });

  it('normaliseDate keeps real calendar dates only', () => {
    expect(normaliseDate('2025-05-23')).toBe('2025-05-23');
    expect(normaliseDate('2025-05-23T09:30:00+09:00')).toBe('2025-05-23');
    expect(normaliseDate('  2024-02-29  ')).toBe('2024-02-29');
    expect(normaliseDate('2025-02-30')).toBeNull();
    expect(normaliseDate('2025-02-29')).toBeNull();
    expect(normaliseDate('2025-13-01')).toBeNull();
    expect(normaliseDate('2025-04-31')).toBeNull();
    expect(normaliseDate('0000-00-00')).toBeNull();
    expect(normaliseDate('1989-12-31')).toBeNull();
    expect(normaliseDate('2101-01-01')).toBeNull();
    expect(normaliseDate('May 23, 2025')).toBeNull();
    expect(normaliseDate('23/05/2025')).toBeNull();
    expect(normaliseDate('')).toBeNull();
    expect(normaliseDate(null)).toBeNull();
    expect(normaliseDate(undefined)).toBeNull();
  });
});
