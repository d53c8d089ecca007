import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isWillFromTo } from './will-from-to';
describe('will-from-to: "will cut ... from 25% to 15%" announces the 15%', () => {
  it('the rate in force is judged, the announced one is not marked', () => {
    const s =
      'As part of the pact, the United States will reduce its current tariffs on Japanese automobiles from 25% to 15% by autumn.';
    const ids = idsOf(s, '2025-07-23');
    expect([ids['25%'], ids['15%']]).toEqual(['us.tariff_autos_japan', '-']);
    expect(isWillFromTo('The Fed cut rates from 4.5% to ')).toBe(false);
  });
});
