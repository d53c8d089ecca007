import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isShownToBe } from './shown-to-be';

describe('shown-to-be, forecast-conjunct-long', () => {
  const s =
    'Overnight-index futures expiring in September indicate the BOJ policy rate to be at 0.6275% and the contract expiring in December at 0.725%.';
  it('a level futures show a rate will be is not the rate; the conjunct after it is the same forecast', () => {
    expect(isShownToBe('futures expiring in September indicate the BOJ policy rate to be at ')).toBe(true);
    const ids = idsOf(s, '2025-03-18');
    expect(ids['0.6275%']).toBe('-');
    expect(ids['0.725%']).toBe('-');
  });
  it('a rate shown as it stands is read', () => {
    expect(isShownToBe('Data showed the BOJ policy rate at ')).toBe(false);
  });
});
