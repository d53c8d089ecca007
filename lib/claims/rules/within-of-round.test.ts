import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isWithinOfRound } from './within-of-round';

describe('within-of-round', () => {
  it('reads the round end of "within about 280 points of"', () => {
    expect(isWithinOfRound('It closed within about 280 points of ', '55,000')).toBe(true);
    expect(isWithinOfRound('Brent settled within $1 of ', '$100')).toBe(true);
    // A fine level is a reading: the record the distance runs to.
    expect(isWithinOfRound('The index ended within 0.3% of ', '5,950.12')).toBe(false);
    expect(isWithinOfRound('The Nikkei closed at ', '55,000')).toBe(false);
  });
  it('"within about 280 points of 55,000" marks no index level', () => {
    const ids = idsOf(
      'The Nikkei rose 0.5% on Tuesday. It closed within about 280 points of 55,000; chart watchers call that the next test.',
      '2026-02-03',
    );
    expect(ids['55,000']).toBe('-');
  });
});

describe('within-distance-words', () => {
  it('"within touching distance of 40,000" marks no Dow level', () => {
    const ids = idsOf('The Dow slipped 349.89 points to 39,908.00, within touching distance of 40,000.', '2024-05-15');
    expect(ids['40,000']).toBe('-');
  });
});
