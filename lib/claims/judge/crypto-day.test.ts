import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// From real crypto coverage (October 2025), in our own words.
const verdict = (sentence: string, text: string, published: string) =>
  claimsOf(sentence, published).find((c) => c.text === text)?.judgement?.verdict;

describe("crypto-day-boundary: a coin's move that agrees with both ends a day earlier is a question", () => {
  it('"bitcoin ended October down about 4%" is check, not red, against the stored day convention', () => {
    expect(verdict('Bitcoin ended October down about 4%, its first losing October in years.', '4%', '2025-11-01')).toBe(
      'check',
    );
  });
  it('a move far from either reading is still red', () => {
    expect(
      verdict('Bitcoin ended October down about 25%, its first losing October in years.', '25%', '2025-11-01'),
    ).toBe('differs');
  });
});

describe('extreme "an all-time high above $126,000", "a new all-time high of nearly $124,000"', () => {
  it("an intraday record is check, not red, against the day's close", () => {
    expect(verdict('Bitcoin reached an all-time high above $126,000 on Oct. 6.', '$126,000', '2025-10-17')).toBe(
      'check',
    );
  });
});
