import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('possessive-other-country', () => {
  it("a figure right after another country's possessive is not the U.S. yield named first", () => {
    const ids = idsOf('The U.S. 10-year Treasury yield sat near 4.0%, far above Japan’s 0.5%.', '2025-10-29');
    expect([ids['4.0%'], ids['0.5%']]).toEqual(['us.ust_10y_yield', '-']);
  });
  it("keeps a figure after the measure's own country's possessive", () => {
    expect(idsOf('Japan’s 10-year yield stood at 1.65%, and America’s at 4.0%.', '2025-10-29')['1.65%']).toBe(
      'jp.jgb_10y_yield',
    );
  });
});
