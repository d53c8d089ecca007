import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('move-session-level', () => {
  // Stored Dow: 46,292.78 on 2025-09-23, 46,121.28 on 2025-09-24, 45,947.32 on 2025-09-25.
  it('a morning story: the level written with the session-before move closes that session', () => {
    const cs = claimsOf(['The blue-chip Dow slid 171.50 points to finish at 46,121.28.'], '2025-09-25');
    const level = cs.find((c) => c.text === '46,121.28');
    expect(level?.judgement?.verdict).toBe('matches');
    expect(level?.judgement?.reference?.period).toBe('2025-09-24');
  });
  it("the day's own close with the day's move is left as it is", () => {
    const cs = claimsOf(['The blue-chip Dow slid 173.96 points to finish at 45,947.32.'], '2025-09-25');
    expect(cs.find((c) => c.text === '45,947.32')?.judgement?.reference?.period).toBe('2025-09-25');
  });
  it('a move dated "on Thursday" by the sentence\'s opening: the level after it closes Thursday', () => {
    const cs = claimsOf(
      [
        'In New York on Thursday, the S&P 500 rose 0.54 percent and the Nasdaq Composite added 0.75 percent to an all-time high of 20,885.65.',
      ],
      '2025-07-18',
    );
    const level = cs.find((c) => c.text === '20,885.65');
    expect(level?.judgement?.verdict).toBe('matches');
    expect(level?.judgement?.reference?.period).toBe('2025-07-17');
  });
});
