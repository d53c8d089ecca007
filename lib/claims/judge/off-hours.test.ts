import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('off-hours', () => {
  it('"in Sunday\'s off-hours trading, a gain of 22% from late last week" runs to an hour the closes do not hold', () => {
    const s =
      "The U.S. crude contract changed hands above $111 in Sunday's off-hours trading, a gain of 22% from late last week.";
    expect(verdictOf(s, '22%', '2026-03-09')).toBe('check');
    // The same move said in the session is judged against Monday's close (+4.3%).
    expect(verdictOf('U.S. crude futures settled Monday up 22% from late last week.', '22%', '2026-03-09')).toBe(
      'differs',
    );
  });
});
