import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

// Stored November 2025 payrolls: 64,000 first printed 2025-12-16, revised to 56,000 on 2026-01-09.
describe('release-day-edition', () => {
  const s = 'Ahead of the jobs report, payrolls had risen by 64,000 in November.';
  it('on the day of the revising release, a preview quotes the edition before it: matches', () => {
    expect(verdictOf(s, '64,000', '2026-01-09')).toBe('matches');
  });
  it('a story on the release itself quoting the old figure is stale: differs', () => {
    expect(verdictOf('Payrolls had risen by 64,000 in November.', '64,000', '2026-01-09')).toBe('differs');
  });
  it('days after that release, the old figure is stale: differs', () => {
    expect(verdictOf(s, '64,000', '2026-01-13')).toBe('differs');
  });
});
