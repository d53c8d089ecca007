import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('gdp-component', () => {
  it('a "Private consumption, q/q" row under a Japan GDP caption is no GDP figure; the "Real GDP" row is', () => {
    const caption = 'Japan GDP, April-June 2025 (revised)';
    const blocks = [
      { text: '+0.5%', context: `${caption} · Latest · Real GDP, q/q` },
      { text: '+0.4%', context: `${caption} · Latest · Private consumption, q/q` },
    ];
    const ids = idsOf(blocks, '2025-09-08');
    expect(ids['+0.4%']).toBe('-');
    expect(ids['+0.5%']).toBe('jp.gdp_growth_qoq');
  });
  it('"the economy grew, driven by consumption" keeps its subject', () => {
    expect(idsOf("Japan's economy grew 0.5% in the second quarter, driven by consumption.", '2025-09-08')['0.5%']).toBe(
      'jp.gdp_growth_qoq',
    );
  });
});
