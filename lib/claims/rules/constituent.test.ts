import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('constituent: "the top gainer on the S&P 500" names where a stock trades', () => {
  it('a stock\'s jump beside "the best performer on the Dow" is not the Dow\'s move', () => {
    const ids = idsOf('Orchard Tech jumped 3.5%, the best performer on the Dow, after its results.', '2025-09-18');
    expect(ids['3.5%']).toBe('-');
  });
  it("the index's own move still is", () => {
    expect(idsOf('The Dow rose 0.3% on Thursday.', '2025-09-18')['0.3%']).toBe('idx.djia');
  });
  it('among-members: "Among Dow components, ... led gainers with a 4.3% rise" is the stock\'s move', () => {
    const ids = idsOf(
      'Among Dow components, Harlow Foods (HRLW) led gainers with a +4.3% rise on Tuesday.',
      '2025-11-25',
    );
    expect(ids['+4.3%'] ?? '-').toBe('-');
  });
});
