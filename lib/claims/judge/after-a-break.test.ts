import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('after-a-break: a market reopening after a long holiday moved from the close before the break', () => {
  // Stored Shanghai Composite: 3,336.50 on 2024-09-30, then 3,489.77 on 2024-10-08 (Golden Week between).
  const text = (points: string, pct: string) =>
    `The Shanghai Composite closed up ${points} points, or ${pct}, at 3,489.77 as trading resumed after the holiday.`;
  it('"closed up 153.27 points, or 4.59%" on the first day back matches the move from 30 September', () => {
    expect(verdictOf(text('153.27', '4.59%'), '153.27 points', '2024-10-08')).toBe('matches');
    expect(verdictOf(text('153.27', '4.59%'), '4.59%', '2024-10-08')).toBe('matches');
  });
  it('a move that does not agree is no alarm: a gap in the stored series looks the same', () => {
    expect(verdictOf(text('135.27', '4.05%'), '4.05%', '2024-10-08')).not.toBe('differs');
  });
});
