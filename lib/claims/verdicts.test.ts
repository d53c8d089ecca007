import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../messages';
import { ABSTAINING_VERDICTS, ALARM_VERDICTS } from './verdicts';

describe('only-problems filter', () => {
  it('shows differs and inconsistent; hides since-changed, check, no-figure-yet and unverifiable', () => {
    expect([...ALARM_VERDICTS].sort()).toEqual(['differs', 'inconsistent']);
    for (const v of ['since-changed', 'check', 'no-figure-yet', 'unverifiable', 'matches', 'close'] as const)
      expect(ALARM_VERDICTS.has(v)).toBe(false);
  });
  it('abstentions are the neutral verdicts that say nothing of the figure', () => {
    expect([...ABSTAINING_VERDICTS].sort()).toEqual(['check', 'no-figure-yet', 'unverifiable']);
  });
  it('every verdict of the contract is counted in the popup', () => {
    expect([...VERDICTS].sort()).toEqual([
      'check',
      'close',
      'differs',
      'inconsistent',
      'matches',
      'no-figure-yet',
      'since-changed',
      'unverifiable',
    ]);
  });
});
