import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const verdictOf = (text: string | string[], published: string, figure: string) =>
  claimsOf(text, published).find((c) => c.text === figure)?.judgement?.verdict;

describe('swapped-stands: the last close with two digits swapped is a slip, whatever else the sentence names', () => {
  it('"ended at 16,396.41, its first record close since March 1" for a close of 16,369.41 is red', () => {
    expect(
      verdictOf(
        'The Nasdaq Composite ended at 16,396.41, its first record close since March 1.',
        '2024-03-20',
        '16,396.41',
      ),
    ).toBe('differs');
  });

  it('a spot price with two digits swapped is no futures settlement either: "Spot WTI finished at $60.45" for $60.54', () => {
    expect(verdictOf('Spot WTI finished Friday at $60.45 a barrel.', '2025-11-08', '$60.45')).toBe('differs');
  });
});

describe('rounding-not-blamed (one-value check)', () => {
  it('a headline\'s "25,386" beside a close of 25,386.52 and a slip of 25,368.52: only the slip is blamed', () => {
    const claims = claimsOf(
      [
        'Hang Seng slips to 25,386 as tech sells off',
        'The Hang Seng closed at 25,386.52 on Thursday.',
        'Closes, Thursday: Hang Seng 25,368.52',
      ],
      '2026-05-21',
    );
    expect(claims.find((c) => c.text === '25,386')?.judgement?.verdict).not.toBe('inconsistent');
    expect(claims.find((c) => c.text === '25,368.52')?.judgement?.verdict).toBe('inconsistent');
  });
});
