import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const idOf = (s: string, text: string, date: string) => claimsOf(s, date).find((c) => c.text === text)?.indicator?.id;

describe('tariff-market-move', () => {
  it('"on EU tariff threat, down 1.4% on week": the move is the market\'s, not the tariff\'s', () => {
    const s = 'Dollar index slides 0.5% on EU tariff threat, down 1.4% on week';
    expect(idOf(s, '1.4%', '2025-05-23')).not.toBe('us.tariff_eu');
  });
  it('a tariff "cut to" a rate is still the tariff', () => {
    expect(idOf('Washington cut the tariff on EU goods to 15%.', '15%', '2025-08-08')).toBe('us.tariff_eu');
  });
});
