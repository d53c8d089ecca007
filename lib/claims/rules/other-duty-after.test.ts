import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('other-duty-after', () => {
  it('"once the 2.5% most-favoured-nation duty is added" is the ordinary duty, not the car tariff', () => {
    const ids = idsOf(
      'The car tariff came to 27.5% for Japanese vehicles once the 2.5% most-favoured-nation duty was added.',
      '2025-05-10',
    );
    expect(ids['2.5%']).toBe('-');
    expect(ids['27.5%']).toBe('us.tariff_autos_japan');
  });
});
