import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('moved-to-previous-close', () => {
  // Stored VIX closes: 20.64 on 2025-10-15, 25.31 on 2025-10-16.
  it('"the VIX jumped to 20.64" on the 16th, 20.64 being the 15th\'s close, is a question, not a match', () => {
    expect(verdictOf('Fear returned as the VIX jumped to 20.64 on bank worries.', '20.64', '2025-10-16')).toBe('check');
  });
  it("the day's own close still matches", () => {
    expect(verdictOf('Fear returned as the VIX jumped to 25.31 on bank worries.', '25.31', '2025-10-16')).toBe(
      'matches',
    );
  });
});
