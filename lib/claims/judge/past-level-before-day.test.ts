import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('past-level-before-day: "one session after its record close of X" names the close before the day read', () => {
  it('"slipped 0.58% to 16,920.58, one session after its record close of 17,019.88" agrees', () => {
    const j = claimsOf(
      'The Nasdaq Composite slipped 0.58% to 16,920.58, one session after its record close of 17,019.88.',
      '2024-05-30',
    ).find((c) => c.text === '17,019.88')?.judgement;
    expect(j?.verdict).toBe('matches');
    expect(j?.reference?.period).toBe('2024-05-28');
  });

  it("a past level that is neither that day's close nor the one before is not said to agree", () => {
    const j = claimsOf(
      'The Nasdaq Composite slipped 0.58% to 16,920.58, one session after its record close of 17,091.88.',
      '2024-05-30',
    ).find((c) => c.text === '17,091.88')?.judgement;
    expect(j?.verdict).not.toBe('matches');
  });
});
