import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Stored Dow: 42,544.22 on 2024-12-31 (+12.88% over 2024), 42,392.27 on 2025-01-02.
describe('span-end-level', () => {
  const page = [
    'The Dow Jones Industrial Average dropped 115.95 points, or 0.36%, to 42,392.27 on Thursday.',
    'Over 2024 the Nasdaq led again, and the Dow ended at 42,544.22, up 12.88%.',
  ];
  it('"the Dow ended at 42,544.22, up 12.88%" is an earlier close, not the article\'s day stated twice', () => {
    const c = claimsOf(page, '2025-01-02').find((x) => x.text === '42,544.22');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.checks?.length ?? 0).toBe(0);
  });
  it("beside a move a session can make, an undated level is still the day's", () => {
    const at = (move: string) =>
      claimsOf([`The Dow ended at 42,544.22, up ${move}.`], '2025-01-08').find((x) => x.text === '42,544.22')?.judgement
        ?.verdict;
    expect(at('12.88%')).toBe('matches');
    expect(at('0.36%')).not.toBe('matches');
  });
});
