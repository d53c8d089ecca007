import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('ranking-appositive', () => {
  it('"The VIX closed at 29.49, its highest close in a while and a long way from the calm of January" is the day\'s close', () => {
    // VIX close 29.49 on Friday 2026-03-06 (data/series); the note is dated Sunday 2026-03-08.
    const [c] = claimsOf(
      'The VIX closed at 29.49, its highest close in a while and a long way from the calm of January.',
      '2026-03-08',
    );
    expect(c?.period).toBeNull();
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('an extreme dated by its own participle keeps that day: "7.3499, its weakest noon rate of the year, reached on April 9"', () => {
    const c = claimsOf(
      'The yuan is well clear of 7.3499 per dollar, its weakest noon rate of the year, reached on April 9.',
      '2025-08-20',
    ).find((x) => x.text === '7.3499');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
