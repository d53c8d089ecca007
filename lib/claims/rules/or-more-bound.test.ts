import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('or-more-bound', () => {
  it('"its third straight annual gain of 20% or more" is a threshold, not the year\'s gain', () => {
    const s = 'The Nasdaq Composite closed the year at 23,241.99, its third straight annual gain of 20% or more.';
    expect(idsOf(s, '2026-01-02')['20%'] ?? '-').toBe('-');
    expect(idsOf(s, '2026-01-02')['23,241.99']).toBe('idx.nasdaq_composite');
  });
});
