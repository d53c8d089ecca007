import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('country-inside-alias', () => {
  it('"the two-year JGB yield rose to 0.815%" is no U.S. two-year yield', () => {
    const s = 'The two-year JGB yield also turned around after an early 0.5 bp dip, climbing 1 bp to 0.815%.';
    expect(idsOf(s, '2025-03-18')['0.815%']).toBe('-');
  });
  it('the U.S. two-year yield itself is still read', () => {
    expect(idsOf('The two-year Treasury yield rose to 4.04%.', '2025-03-18')['4.04%']).toBe('us.ust_2y_yield');
  });
});
