import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isEstimateConjunct, isOfficialEstimate } from './official-estimate';

describe('official-estimate', () => {
  it('"raised their core PCE inflation estimate for the year to 2.8%": an expectation, not the release', () => {
    expect(
      idsOf(['Policymakers raised their core PCE inflation estimate for the year to 2.8%.'], '2025-03-19')['2.8%'],
    ).toBe('-');
  });
  it('reads owned estimates and projections, not a target the owner aims for', () => {
    expect(isOfficialEstimate('nudged their core PCE inflation estimate for the year up to ')).toBe(true);
    expect(isOfficialEstimate("the Fed's median projection for 2026 is ")).toBe(true);
    expect(isOfficialEstimate('cut its outlook for meeting its ')).toBe(false);
  });
});

describe('estimate-conjunct', () => {
  it('"the median estimate for growth was trimmed to 1.7% and the one for core inflation raised to 2.8%" marks no print', () => {
    const t =
      'Their median projection still shows the funds rate at 3.9% at the end of the year, while the median estimate for growth was trimmed to 1.7% and the one for core inflation raised to 2.8%.';
    expect(idsOf(t, '2025-03-19')['2.8%']).toBe('-');
    // Without an estimate before it, "the one for" is no forecast.
    expect(isEstimateConjunct('Headline CPI rose to 3.0%, and the one for core inflation climbed to ')).toBe(false);
  });
});
