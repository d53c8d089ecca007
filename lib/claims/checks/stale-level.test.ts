import { describe, expect, it } from 'vitest';
import { claimsOf, verdictOf } from '../test-engine';

describe('stale-level', () => {
  // Stored 10-year yield: 4.30 on 2025-07-02, 4.35 on 2025-07-03.
  it("a level equal to the previous close beside the day's own move is the stale close: red", () => {
    const cs = claimsOf(['On Thursday the 10-year Treasury yield put on 5 basis points to 4.30%.'], '2025-07-03');
    expect(cs.find((c) => c.text === '4.30%')?.judgement?.verdict).toBe('inconsistent');
  });
  it("the day's close with its move is right", () => {
    const cs = claimsOf(['On Thursday the 10-year Treasury yield put on 5 basis points to 4.35%.'], '2025-07-03');
    expect(cs.find((c) => c.text === '4.35%')?.judgement?.verdict).toBe('matches');
  });
  it('a quote between the closes with a smaller move is a quote during the day, left alone', () => {
    const cs = claimsOf(['On Thursday the 10-year Treasury yield put on 3 basis points to 4.33%.'], '2025-07-03');
    expect(cs.find((c) => c.text === '4.33%')?.judgement?.verdict).not.toBe('inconsistent');
  });
});

describe('earlier-session-fits', () => {
  // Stored Nikkei 225: 45,493.66 on 2025-09-22, 45,630.31 on 2025-09-24 (+0.30%), 45,754.93 on 2025-09-25 (+0.27%).
  it('a move that fits both the day and the session the level closed is that session, not a stale level', () => {
    const cs = claimsOf(['The Nikkei 225 climbed 0.3% to close at 45,630.31.'], '2025-09-25');
    expect(cs.find((c) => c.text === '45,630.31')?.judgement?.verdict).toBe('matches');
  });
  it('a move only the later day had still makes the earlier close stale', () => {
    // 2025-09-26 closed 45,354.99 (−0.87%); the session of 45,754.93 rose 0.27%.
    const cs = claimsOf(['The Nikkei 225 slid 0.87% to close at 45,754.93.'], '2025-09-26');
    expect(cs.find((c) => c.text === '45,754.93')?.judgement?.verdict).toBe('inconsistent');
  });
});

describe('undated-close-not-placed', () => {
  // Stored 10-year yield: 4.30 on 2024-11-26, 4.25 on 2024-11-27 (−5 bp).
  it('an undated "ended at" the judge took from an earlier close is still stale beside the day\'s move', () => {
    const cs = claimsOf(
      ['The yield on the 10-year note ended at 4.30%, down 5 basis points on the day.'],
      '2024-11-27',
    );
    expect(cs.find((c) => c.text === '4.30%')?.judgement?.verdict).toBe('inconsistent');
  });
});

describe('dated-level-aside', () => {
  // Stored Euro Stoxx 50: 5,787.31 on 2025-11-12 (a record), 5,742.79 on 2025-11-13, 5,693.77 on 2025-11-14.
  it("a level dated another day beside the day's move leaves the undated level to the check", () => {
    const s =
      'The Euro Stoxx 50 slid 0.85% to 5,742.79 and the CAC 40 fell 0.76% to 8,170.09; the former had closed at a record 5,787.31 on Wednesday.';
    expect(verdictOf(s, '5,742.79', '2025-11-14')).toBe('inconsistent');
  });
});
