import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('page-country-measure: on a page about Japan an unqualified macro figure is not the U.S. one', () => {
  it("reads core inflation as Japan's and finds no jobless rate", () => {
    const blocks = [
      'The Bank of Japan raised its short-term policy rate to 0.75 percent on Friday.',
      'Japan’s economy shrank 0.6 percent in the third quarter, and Japan’s core CPI rose 3.0 percent.',
      'Core inflation (November): 3.0 percent',
      'Jobless rate (October): 2.6 percent',
    ];
    const all = claimsOf(blocks, '2025-12-19');
    expect(all.filter((c) => c.block === 2).map((c) => c.indicator?.id)).toEqual(['jp.core_cpi_yoy']);
    expect(all.filter((c) => c.block === 3 && c.indicator)).toHaveLength(0);
  });
});
