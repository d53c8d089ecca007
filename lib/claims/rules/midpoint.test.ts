import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('midpoint', () => {
  it('"(midpoint of 3.63%)" after the Fed\'s range is not its upper bound', () => {
    const ids = idsOf('Policy is set at 3.50% to 3.75% for the federal funds rate, a midpoint of 3.63%.', '2025-12-11');
    expect(ids['3.50% to 3.75%']).toBe('us.fed_funds_target_upper');
    expect(ids['3.63%']).toBe('-');
  });
});
