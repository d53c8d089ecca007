import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';
import { namesAverage } from './average-quote';

describe('average-quote', () => {
  // Stored H.10 dollar-won: 1,468.02 on 2025-11-25.
  it('a volume-weighted average rate far from the stored noon rate is a question', () => {
    const s = 'On Tuesday the trade-weighted average dollar-won rate in Seoul was 1,417 won.';
    expect(verdictOf(s, '1,417 won', '2025-11-25')).toBe('check');
  });
  it('"Industrial Average" and "Stock Average" are names, not averages', () => {
    expect(namesAverage('The Dow Jones Industrial Average ended Friday at ')).toBe(false);
    expect(namesAverage('The Nikkei Stock Average closed at ')).toBe(false);
    expect(namesAverage('the volume-weighted average rate at ')).toBe(true);
  });
});
