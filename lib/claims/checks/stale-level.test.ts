import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

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
