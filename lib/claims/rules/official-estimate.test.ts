import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isOfficialEstimate } from './official-estimate';

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
