import { describe, expect, it } from 'vitest';
import { daysBetween, formatDatasetAge, formatDay, formatPeriod } from './date';

describe('formatPeriod: dates and periods in words', () => {
  it('months: "Feb 2025"', () => expect(formatPeriod('2025-02')).toBe('Feb 2025'));
  it('days: "3 May 2025"', () => expect(formatPeriod('2025-05-03')).toBe('3 May 2025'));
  it('quarters and halves: "Q1 2025", "H2 2025"', () => {
    expect(formatPeriod('2025-Q1')).toBe('Q1 2025');
    expect(formatPeriod('2025-H2')).toBe('H2 2025');
  });
  it('years stay years', () => expect(formatPeriod('2024')).toBe('2024'));
  it('a malformed code is returned whole, never cut', () => {
    expect(formatPeriod('2025-13')).toBe('2025-13');
    expect(formatDay('2025-04-')).toBeNull();
  });
});

describe('formatDatasetAge: how old the figures are', () => {
  it('"figures to 21 Aug 2026, 104 days old"', () => {
    expect(daysBetween('2026-08-21', '2026-12-03')).toBe(104);
    expect(formatDatasetAge('2026-08-21', '2026-12-03')).toBe('figures to 21 Aug 2026, 104 days old');
  });
  it('one day and today read naturally', () => {
    expect(formatDatasetAge('2026-08-21', '2026-08-22')).toBe('figures to 21 Aug 2026, 1 day old');
    expect(formatDatasetAge('2026-08-21', '2026-08-21')).toBe('figures to 21 Aug 2026, from today');
  });
});

describe('formatPeriod: a change between two ends', () => {
  it('shares the month and year where the ends share them: "17–18 Mar 2025", "31 Mar – 30 Apr 2025"', () => {
    expect(formatPeriod('2025-03-17/2025-03-18')).toBe('17–18 Mar 2025');
    expect(formatPeriod('2025-03-31/2025-04-30')).toBe('31 Mar – 30 Apr 2025');
    expect(formatPeriod('2024-12-30/2025-05-02')).toBe('30 Dec 2024 to 2 May 2025');
    expect(formatPeriod('2025-Q1/2025-Q2')).toBe('Q1 2025 to Q2 2025');
  });
});
