import { describe, expect, it } from 'vitest';
import { analyze, verdictOf, wordsOf } from './checks.fixture';

const sentence = (part: string, total: string, share: string) =>
  `Japan's holdings of U.S. Treasuries were ${part} at the end of November 2025, out of ${total} held by all foreign investors, a ${share} share of foreign-held Treasuries.`;

describe('share-total: a share is its part over its total', () => {
  it('a share that does not follow from the part and the total', () => {
    const cs = analyze(sentence('$1,202.7 billion', '$9,360 billion', '14.8%'));
    expect(verdictOf(cs, '14.8%')).toBe('inconsistent');
    expect(wordsOf(cs, '14.8%')).toEqual(['1,202.7 billion / 9,360 billion = 12.85%, not 14.8%']);
    // The part and the total agree with the dataset: not blamed.
    expect(verdictOf(cs, '$1,202.7 billion')).not.toBe('inconsistent');
    expect(verdictOf(cs, '$9,360 billion')).not.toBe('inconsistent');
  });

  it('a total that does not give the stated share is the one blamed', () => {
    const cs = analyze(sentence('$1,202.7 billion', '$9,630 billion', '12.8%'));
    expect(verdictOf(cs, '$9,630 billion')).toBe('inconsistent');
    expect(verdictOf(cs, '12.8%')).not.toBe('inconsistent');
  });

  it('leaves a right share alone, rounding at the edge included (12.849% as 12.8%)', () => {
    expect(analyze(sentence('$1,202.7 billion', '$9,360 billion', '12.8%')).flatMap((c) => c.checks ?? [])).toEqual([]);
  });
});
