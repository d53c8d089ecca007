import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { tariffOnOtherThings } from './tariff-object';

describe("tariff-object: a duty on something other than one country's goods is not that country's tariff", () => {
  it("a levy on a firm's handsets beside an EU tariff threat is not the EU tariff", () => {
    const ids = idsOf(
      'The president floated a 25% tariff on Orchard Inc handsets assembled abroad, alongside a threatened 50% duty on goods from the European Union.',
      '2025-05-23',
    );
    expect(ids['25%']).toBe('-');
  });
  it("a levy on buyers of a third country's oil is not China's tariff though China is named", () => {
    const ids = idsOf(
      'A threatened 25% levy on countries buying Venezuelan crude led China to pause its purchases.',
      '2025-03-25',
    );
    expect(ids['25%']).toBe('-');
  });
  it('the goods of a country, or goods in general, still are', () => {
    expect(tariffOnOtherThings(' tariff on Chinese goods, up from 10%')).toBe(false);
    expect(tariffOnOtherThings(' tariff on most imports from the EU')).toBe(false);
    expect(tariffOnOtherThings(' tariff on cars, Tokyo said')).toBe(false);
    expect(tariffOnOtherThings(' tariff on top of older duties')).toBe(false);
    expect(tariffOnOtherThings(' tariff on handsets made outside the U.S.')).toBe(true);
    expect(idsOf('Chinese exporters still face an extra 30% tariff on their goods.', '2025-06-02')['30%']).toBe(
      'us.tariff_china',
    );
  });
});
