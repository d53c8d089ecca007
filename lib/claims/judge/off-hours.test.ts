import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('off-hours', () => {
  it('"In off-hours trading Sunday ... up 22% from late last week" runs to an hour the closes do not hold', () => {
    const s = 'In off-hours trading Sunday, U.S. crude futures topped $111, up 22% from late last week.';
    expect(verdictOf(s, '22%', '2026-03-09')).toBe('check');
    // The same move said in the session is judged against Monday's close (+4.3%).
    expect(verdictOf('U.S. crude futures settled Monday up 22% from late last week.', '22%', '2026-03-09')).toBe(
      'differs',
    );
  });
});
