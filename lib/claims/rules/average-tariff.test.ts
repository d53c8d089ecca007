import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isAverageTariff } from './average-tariff';

describe('average-tariff', () => {
  it('"tariffs on Chinese goods, averaging 25 per cent" is no partner\'s rate', () => {
    expect(
      idsOf(['Trump has reintroduced broad tariffs on Chinese goods, averaging 25 per cent.'], '2025-08-07')[
        '25 per cent'
      ],
    ).toBe('-');
    expect(isAverageTariff('an average effective tariff of ')).toBe(true);
  });
  it('the rate set on a partner stays one', () => {
    expect(idsOf(['Chinese goods face a 30% tariff after the truce.'], '2025-08-07')['30%']).toBe('us.tariff_china');
    expect(isAverageTariff('Chinese goods face a ')).toBe(false);
  });
});
