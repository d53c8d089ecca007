import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isSubgroupRate } from './subgroup-rate';

describe('subgroup-rate', () => {
  it('"the jobless rate for teenagers climbed to 16.3 percent" is no headline rate', () => {
    expect(
      idsOf(['The jobless rate for teenagers climbed to 16.3 percent in November.'], '2025-12-16')['16.3 percent'],
    ).toBe('-');
    expect(isSubgroupRate('youth unemployment hit ')).toBe(true);
  });
  it('the headline rate stays one', () => {
    expect(idsOf(['The jobless rate climbed to 4.6 percent in November.'], '2025-12-16')['4.6 percent']).toBe(
      'us.unemployment_rate',
    );
    expect(isSubgroupRate('The jobless rate climbed to ')).toBe(false);
  });
});
