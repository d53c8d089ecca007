import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

// From real crypto coverage (October 2025), in our own words.

describe("crypto-day-boundary: a coin's move that agrees with both ends a day earlier is a question", () => {
  it('"bitcoin ended October down about 4%" is check, not red, against the stored day convention', () => {
    expect(
      verdictOf('Bitcoin ended October down about 4%, its first losing October in years.', '4%', '2025-11-01'),
    ).toBe('check');
  });
  it('a move far from either reading is still red', () => {
    expect(
      verdictOf('Bitcoin ended October down about 25%, its first losing October in years.', '25%', '2025-11-01'),
    ).toBe('differs');
  });
});
