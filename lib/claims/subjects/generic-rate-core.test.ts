import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
describe('generic-rate-core for an alias without a qualifier: "overnight rate" is not Canada\'s by default', () => {
  it('"the Federal Reserve ... holding its benchmark overnight rate in the 4.25%-4.50% range" is the Fed\'s', () => {
    const s =
      'The Federal Reserve left rates unchanged on Wednesday, holding its benchmark overnight rate in the 4.25%-4.50% range.';
    expect(idsOf(s, '2025-06-18')['4.25%-4.50%']).toBe('us.fed_funds_target_upper');
    expect(idsOf('The Bank of Canada held its overnight rate at 2.75%.', '2025-07-30')['2.75%']).toBe(
      'ca.boc_policy_rate',
    );
  });
});
