import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('currency-attribute: a currency joined to "-denominated" describes something priced in it', () => {
  it('"yuan-denominated equities gained 12%" is no move of the yuan', () => {
    const ids = idsOf('Onshore yuan-denominated equities gained 12% this year.', '2025-12-31');
    expect(ids['12%'] ?? '-').toBe('-');
  });
  it('the currency itself keeps its figure: "the yuan rose 0.2 per cent"', () => {
    expect(idsOf('The yuan rose 0.2 per cent against the dollar on Wednesday.', '2025-12-31')['0.2 per cent']).toBe(
      'fx.usdcny',
    );
  });
});
