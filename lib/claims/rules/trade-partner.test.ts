import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('trade-partner', () => {
  it('"GDP declined by 1.6% ..., exports to the United States (US) fell" (a Bank of Canada story) is not U.S. GDP', () => {
    const s =
      'Policymakers noted that Gross Domestic Product (GDP) declined by 1.6% in the second quarter, exports to the United States (US) fell sharply and uncertainty surrounding US trade policy has weighed on investment.';
    expect(idsOf(s, '2025-09-17')['1.6%'] ?? '-').toBe('-');
  });
  it('"U.S. GDP grew 3.0% ... as exports to the U.S. from Canada fell" names its own country', () => {
    expect(
      idsOf('U.S. GDP grew 3.0% in the second quarter as exports to the U.S. from Canada fell.', '2025-07-30')['3.0%'],
    ).toBe('us.gdp_growth_saar');
  });
});
