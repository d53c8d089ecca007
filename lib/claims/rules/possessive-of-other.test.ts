import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
describe('possessive-of-other: "the U.S. economy\'s consumer price index" is not GDP', () => {
  it('the economy qualifies the index; an annualized rate gives CPI no subject either', () => {
    const ids = idsOf(
      "Measured at an annualized rate, the U.S. economy's consumer price index climbed 2.9% last month.",
      '2025-09-11',
    );
    expect(ids['2.9%']).not.toBe('us.gdp_growth_saar');
  });
});
