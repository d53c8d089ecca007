import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../../tests/helpers/mini-dataset';
import type { Dataset } from '../schema';
import { FUTURE_ALLOWANCE_DAYS, futureProblem, periodStart, versionDay } from './future';

// After everything in the mini dataset (its last figure is of 2025-09-16).
const NOW = new Date('2025-10-10T12:00:00Z');
const ds = (change: (d: Dataset) => void): Dataset => {
  const d = miniDataset();
  change(d);
  return d;
};
const dayAfter = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString().slice(0, 10);

describe('rule: nothing in a downloaded dataset is dated after today', () => {
  it('passes a dataset dated up to today', () => {
    expect(futureProblem(miniDataset(), NOW)).toBeNull();
  });

  it('refuses a version from the future, which would lock out every later dataset', () => {
    expect(
      futureProblem(
        ds((d) => (d.version = '2099.1.1')),
        NOW,
      ),
    ).toBe('its version 2099.1.1 is after today (2025-10-10)');
  });

  it('refuses a snapshot date in the future', () => {
    expect(
      futureProblem(
        ds((d) => (d.snapshot = '2099-01-01')),
        NOW,
      ),
    ).toMatch(/snapshot date 2099-01-01 is after today/);
  });

  it('refuses an observation published, or for a period that starts, after today', () => {
    expect(
      futureProblem(
        ds((d) => (d.observations[0]!.as_of = '2026-01')),
        NOW,
      ),
    ).toMatch(/published 2026-01 is after today/);
    expect(
      futureProblem(
        ds((d) => (d.observations[0]!.period = '2026-Q1')),
        NOW,
      ),
    ).toMatch(/for 2026-Q1 is after today/);
    // A quarter that has begun is not in the future.
    expect(
      futureProblem(
        ds((d) => (d.observations[0]!.period = '2025-Q4')),
        NOW,
      ),
    ).toBeNull();
  });

  it('refuses a series point in the future', () => {
    const d = ds((x) => x.series[0]!.points.push([dayAfter(30), 1]));
    expect(futureProblem(d, NOW)).toMatch(/series point of .* is after today/);
  });

  it(`allows ${FUTURE_ALLOWANCE_DAYS} days for time zones and clocks, no more`, () => {
    expect(
      futureProblem(
        ds((d) => (d.snapshot = dayAfter(FUTURE_ALLOWANCE_DAYS))),
        NOW,
      ),
    ).toBeNull();
    expect(
      futureProblem(
        ds((d) => (d.snapshot = dayAfter(FUTURE_ALLOWANCE_DAYS + 1))),
        NOW,
      ),
    ).not.toBeNull();
  });

  it('reads periods and versions as days', () => {
    expect(['2026', '2026-H2', '2026-Q4', '2026-03', '2026-03-05'].map(periodStart)).toEqual([
      '2026-01-01',
      '2026-07-01',
      '2026-10-01',
      '2026-03-01',
      '2026-03-05',
    ]);
    expect(versionDay('2026.8.1.3')).toBe('2026-08-01');
  });
});
