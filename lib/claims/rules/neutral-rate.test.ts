import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isNeutralRate } from './neutral-rate';

describe('neutral-rate: an estimate of the neutral rate is not the policy rate', () => {
  it('reads "a neutral rate of", "the terminal rate around"', () => {
    expect(isNeutralRate('as the central bank edges toward a neutral rate of ')).toBe(true);
    expect(isNeutralRate('markets put the terminal rate around ')).toBe(true);
    expect(isNeutralRate('the BoJ raised its policy rate to ')).toBe(false);
  });
  it('"the BoJ is edging toward a neutral rate of 1.5%" is not the BoJ rate', () => {
    expect(idsOf('The BoJ is edging toward a neutral rate of 1.5%, analysts say.', '2026-01-13')['1.5%']).toBe('-');
  });
});
