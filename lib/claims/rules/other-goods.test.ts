import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('other-goods', () => {
  it('"a 25% additional tariff on Japanese autos and a 24% tariff on other goods": 24% is not the car tariff', () => {
    const ids = idsOf(
      'Trump has imposed a 25% additional tariff on Japanese autos and a 24% tariff on other goods.',
      '2025-06-18',
    );
    expect(ids['25%']).toBe('us.tariff_autos_japan');
    expect(ids['24%']).not.toBe('us.tariff_autos_japan');
  });
  it('named by alias: "tariffs on Japanese cars stay at 25%, with a 15% tariff on all other imports"', () => {
    const ids = idsOf(
      'U.S. tariffs on Japanese cars stay at 25%, with a 15% tariff on all other imports.',
      '2025-08-08',
    );
    expect(ids['15%']).not.toBe('us.tariff_autos_japan');
  });
});
