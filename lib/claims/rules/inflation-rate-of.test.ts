import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
describe('inflation-rate-of: "inflation at the rate of 2% over the longer run" is no policy rate', () => {
  it('is never the fed funds rate', () => {
    const ids = idsOf('Policymakers aim for full employment and inflation at the rate of 2% over time.', '2025-09-17');
    expect(ids['2%']).not.toBe('us.fed_funds_target_upper');
  });
});
