import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('quoted-level-move', () => {
  // Stored TOPIX: close 3,644.16 on 2026-01-14, +1.26% on the day; 3,630.53 lies inside the day's move.
  it('a move written with a quote during the day agrees with that quote', () => {
    const s = 'By mid-morning on Wednesday the Topix stood 0.88% higher at a record 3,630.53.';
    expect(verdictOf(s, '0.88%', '2026-01-14')).toBe('matches');
  });
  it('a move that fits neither the quote nor the close stays red', () => {
    const s = 'By mid-morning on Wednesday the Topix stood 0.50% higher at a record 3,630.53.';
    expect(verdictOf(s, '0.50%', '2026-01-14')).toBe('differs');
  });
});
