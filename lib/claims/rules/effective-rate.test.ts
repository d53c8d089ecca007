import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('effective-rate: the effective (market) rate is not the policy rate the bank sets', () => {
  it('"the benchmark rate, now at an effective 4.33%" is not the Fed\'s target', () => {
    expect(
      idsOf("He said the Fed's benchmark rate, now at an effective 4.33%, is too high.", '2025-08-14')['4.33%'],
    ).toBe('-');
  });
  it('the target range itself still is', () => {
    expect(idsOf("The Fed's benchmark rate is now at 4.50%.", '2025-08-14')['4.50%']).toBe('us.fed_funds_target_upper');
  });
});
describe('should-be: what someone says a rate should be is not a figure', () => {
  it('"rates should be 1.5 points lower" and "should be near 1%" are not marked', () => {
    expect(idsOf('The adviser said Fed rates should be near 1% by now.', '2025-08-14')['1%']).toBe('-');
  });
});
