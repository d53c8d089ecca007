import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('writing-day-move', () => {
  // Stored DXY, 2025-09-08 to 2025-09-09: +0.35%.
  it('a dollar-index move "today", not said to be the close\'s, a near miss from the close-to-close move, is check', () => {
    expect(verdictOf('The dollar index is up 0.08% so far today after a soft start.', '0.08%', '2025-09-09')).toBe(
      'check',
    );
  });
  it('the same move said of the close stays red', () => {
    expect(verdictOf('The dollar index closed up 0.08% on the day.', '0.08%', '2025-09-09')).toBe('differs');
  });
});
