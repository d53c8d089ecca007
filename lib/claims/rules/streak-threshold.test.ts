import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isStreakThreshold } from './streak-threshold';

describe('streak-threshold', () => {
  it('"the first reading under 2 percent since March 2022" is a threshold, not core CPI', () => {
    const ids = idsOf(
      "Japan's core consumer prices rose 1.6 percent in February from a year earlier. It was the first reading under 2 percent since March 2022.",
      '2026-03-25',
    );
    expect(ids['1.6 percent']).toBe('jp.core_cpi_yoy');
    expect(ids['2 percent'] ?? '-').toBe('-');
  });
  it('reads whole percentages after a run of readings only', () => {
    expect(isStreakThreshold('It was the second straight year above ', '5%')).toBe(true);
    expect(isStreakThreshold('It was the second straight year above ', '5.25%')).toBe(false);
    expect(isStreakThreshold('Core inflation rose to ', '2%')).toBe(false);
  });
});

describe('streak-in-a-row', () => {
  it('"the second year in a row above 5%" is a threshold', () => {
    expect(isStreakThreshold('pay rose 5.1%, the second year in a row above ', '5%')).toBe(true);
  });
});
