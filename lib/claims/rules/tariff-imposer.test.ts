import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { imposerOnly } from './tariff-imposer';
import { tokenize } from '../tokens';

const norms = (s: string) => tokenize(s, 0, s.length);

describe('tariff-imposer', () => {
  it('a country named only before "tariffs" is not carried to the next sentence\'s bare GDP', () => {
    const blocks = [
      "Tokyo's first estimate put second-quarter output up 0.4% on the quarter, with Japan's exporters leading.",
      'Shipments abroad added 0.2 point to growth even with the US tariffs now in force.',
      'Gross domestic product annualized grew 1.0% in the April-June period.',
    ];
    expect(idsOf(blocks, '2025-08-15')['1.0%']).toBe('jp.gdp_growth_annualized');
  });
  it('"U.S. trade policies" names the policy\'s maker; "US trade data" and "the US economy" name the US', () => {
    expect(imposerOnly(norms('risks from U.S. trade policies could weigh'))).toEqual(new Set(['us']));
    expect(imposerOnly(norms('US trade data surprised'))).toBeNull();
    expect(imposerOnly(norms('US tariffs hurt the US economy'))).toBeNull();
  });
});
