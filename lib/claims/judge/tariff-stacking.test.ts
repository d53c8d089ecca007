import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('tariff-stacking', () => {
  it('a car duty stated with the ordinary duty on top is a question, not an error', () => {
    // Stored: the additional 25% duty on Japanese cars from 2025-04-03.
    const text = 'Japanese carmakers were paying a 27.5% U.S. tariff on their cars in May.';
    expect(verdictOf(text, '27.5%', '2025-06-10')).toBe('check');
  });

  it('a country rate above the stored one stays red', () => {
    expect(verdictOf('Most Japanese goods faced a 20% U.S. tariff in October.', '20%', '2025-10-15')).toBe('differs');
  });
});
