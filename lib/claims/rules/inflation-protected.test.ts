import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('inflation-protected', () => {
  it('a TIPS yield is neither an inflation rate nor a nominal Treasury yield', () => {
    const cs = claimsOf(
      ['Ten-year TIPS, the Treasury Inflation-Protected Securities, yielded 1.88% after a two-basis-point dip.'],
      '2026-01-22',
    );
    expect(cs.filter((c) => c.indicator)).toEqual([]);
  });
  it('keeps the nominal yield and the inflation rate', () => {
    const cs = claimsOf(
      ['The 10-year Treasury yield ended at 4.26%.', 'U.S. consumer prices rose 2.7% in December from a year earlier.'],
      '2026-01-22',
    );
    expect(cs.map((c) => c.indicator?.id)).toEqual(['us.ust_10y_yield', 'us.cpi_yoy']);
  });
});
