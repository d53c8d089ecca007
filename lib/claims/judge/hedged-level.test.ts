import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('hedged-level', () => {
  // Stored Hang Seng closes: 24,139.57 on 2025-07-11, 24,203.32 on 07-14.
  it('a level said roughly on a past day, near its close, is a question', () => {
    expect(verdictOf('The Hang Seng stood at about 24,290 on July 14.', '24,290', '2025-07-22')).toBe('check');
    const start = 'The Hang Seng climbed from about 24,290 on July 14 to end at 24,825.66 on July 18.';
    expect(verdictOf(start, '24,290', '2025-07-22')).toBe('check');
  });

  it('the same level said exactly, or said roughly as a close, stays red', () => {
    expect(verdictOf('The Hang Seng stood at 24,290 on July 14.', '24,290', '2025-07-22')).toBe('differs');
    expect(verdictOf('The Hang Seng closed at about 24,290 on July 14.', '24,290', '2025-07-22')).toBe('differs');
  });
});
