import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('today-bound-move', () => {
  // Stored Nikkei 225 on 2026-02-09: +3.89% close to close.
  it('"the Nikkei leapt more than 4.5% today", written that day, is a question, not red', () => {
    expect(
      verdictOf('In Tokyo the Nikkei leapt more than 4.5% today as investors cheered the vote.', '4.5%', '2026-02-09'),
    ).toBe('check');
  });
  it('an exact size on the day stays judged', () => {
    expect(verdictOf('In Tokyo the Nikkei leapt 4.5% today as investors cheered the vote.', '4.5%', '2026-02-09')).toBe(
      'differs',
    );
  });
});
