import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('crypto-trailing-window', () => {
  // Stored bitcoin: 120,621 on 2025-10-01 and 121,715 on 2025-10-08 (+0.9%); 114,068 on 09-29 and
  // 121,394 on 10-06 (+6.4%).
  it('a trailing move that fits the same window ending a day or two earlier is a question', () => {
    expect(verdictOf('Bitcoin has climbed 6% in the past 7 days.', '6%', '2025-10-08')).toBe('check');
  });
  it('one that fits no such window stays red', () => {
    expect(verdictOf('Bitcoin has climbed 20% in the past 7 days.', '20%', '2025-10-08')).toBe('differs');
  });
});
