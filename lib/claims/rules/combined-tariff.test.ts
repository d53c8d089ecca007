import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('combined-tariff', () => {
  it('"Washington\'s total tariff rate on China ... falls to 47% from 57%" is no rate the catalogue keeps', () => {
    const ids = idsOf(
      ["Washington's total tariff rate on China, counting every layer, falls to 47% from 57%."],
      '2025-10-30',
    );
    expect([ids['57%'], ids['47%']]).toEqual(['-', '-']);
  });
  it('the rate set on China is still read', () => {
    expect(idsOf(['The tariff rate on China stands at 30%.'], '2025-10-30')['30%']).toBe('us.tariff_china');
  });
});
