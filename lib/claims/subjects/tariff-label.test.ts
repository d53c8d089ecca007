import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isTariffLabel } from './tariff-label';

describe('tariff-label: "Goods from China: 30%" in a list of key tariff figures', () => {
  it('reads a goods label before its colon', () => {
    expect(isTariffLabel('Goods from China: ', true)).toBe(true);
    expect(isTariffLabel("Japan's reciprocal rate: ", true)).toBe(true);
    expect(isTariffLabel('Tariff on Swiss watches: ', false)).toBe(true);
    expect(isTariffLabel('Goods from China: ', false)).toBe(false);
    expect(isTariffLabel('Unemployment rate: ', true)).toBe(false);
  });
  it('each item after a tariff is the U.S. tariff on the partner it names', () => {
    const ids = idsOf(
      [
        { text: 'Baseline tariff on most partners: 10%', context: 'Where duties stand' },
        { text: 'Goods from China: 30%', context: 'Where duties stand' },
        { text: 'Goods from the European Union: 15%', context: 'Where duties stand' },
        { text: 'Autos from Japan: 25%', context: 'Where duties stand' },
      ],
      '2025-09-09',
    );
    expect(ids['30%']).toBe('us.tariff_china');
    expect(ids['15%']).toBe('us.tariff_eu');
    expect(ids['25%']).toBe('us.tariff_autos_japan');
  });
});
