import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('span-extreme', () => {
  // MOF's 10-year JGB yield: lowest close of 2025 up to 19 December was 1.129% (2025-04-07); 2.021% on 19 December.
  const verdictOf = (low: string) =>
    claimsOf(
      `Japanese bond yields kept rising. The ten-year yield rose to 2.02% from a year-to-date low of ${low}.`,
      '2025-12-19',
    ).find((c) => c.text === low)?.judgement;
  it("a year-to-date low is the span's lowest close, not the day's", () => {
    const j = verdictOf('1.13%');
    expect(j?.verdict).toBe('matches');
    expect(j?.reference?.period).toBe('2025-04-07');
  });
  it('a low below the lowest close by less than a swing is a question, not an error', () => {
    expect(verdictOf('1.05%')?.verdict).toBe('check');
  });
  it('a low far from any close of the span differs', () => {
    expect(verdictOf('0.6%')?.verdict).toBe('differs');
  });
});
