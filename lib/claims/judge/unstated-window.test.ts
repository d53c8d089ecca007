import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const verdictOf = (text: string, published: string, figure: string) =>
  claimsOf(text, published).find((c) => c.text === figure)?.judgement;

describe("unstated-window: an undated move that is the week's, the month's or the year's, to its last digit", () => {
  it('a Saturday wrap\'s "added 1.74%" is the week to Friday (the Friday itself fell 0.29%)', () => {
    const j = verdictOf('The S&P 500 added 1.74%, its best showing since early November.', '2025-01-25', '1.74%');
    expect(j?.verdict).toBe('matches');
    expect(j?.explanation).toMatch(/the week to 2025-01-24/);
    expect(j?.reference?.period).toBe('2025-01-17/2025-01-24');
  });

  it('a coarse figure ("up 2%") fits some window by chance: it stays a question', () => {
    expect(
      verdictOf('The S&P 500 added 2%, its best showing since early November.', '2025-01-25', '2%')?.verdict,
    ).not.toBe('matches');
  });

  it('nor does "rose 1 basis point" where the session fell 1 bp and the week rose 1 bp: a direction slip', () => {
    const j = verdictOf('The 10-year Treasury yield rose 1 basis point to 4.46%.', '2026-06-02', '1 basis point');
    expect(j?.verdict).not.toBe('matches');
  });
});
