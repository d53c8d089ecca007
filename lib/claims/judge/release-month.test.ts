import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';
import { compare } from './compare';
import type { Indicator } from '../../dataset/schema';

describe('release-month', () => {
  // Stored total foreign holdings of Treasuries: 8,817.0 billion for February 2025, 9,050.0 for March
  // (published 2025-05-16): March added 233 billion.
  it('"added $233 billion over the month" of a monthly release is the release\'s month, not the calendar month', () => {
    const s = 'Foreign holdings of Treasuries added $233 billion over the month, the Treasury said.';
    expect(verdictOf(s, '$233 billion', '2025-05-16')).toBe('matches');
  });
});

describe('close-is-small', () => {
  const indicator = { id: 'us.ust_foreign_total', unit: 'USD', kind: 'level' } as Indicator;
  it('a one-digit move ("nearly 1 trillion") is never close to a figure a quarter of its size', () => {
    expect(compare({ value: 1e12, halfStep: 0.5e12, measure: 'absChange', indicator }, 2.33e11)).toBe('differs');
  });
  it('a rounding-sized gap in a move of money is still close', () => {
    expect(compare({ value: 2.3e11, halfStep: 0.5e10, measure: 'absChange', indicator }, 2.33e11)).not.toBe('differs');
  });
});
