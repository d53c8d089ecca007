import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('undated-move-level', () => {
  // Stored dollar index: 104.43 on 2024-10-23, 104.06 on 2024-10-24 (-0.35%).
  it('the level an undated move ended at, where the move fits no session, is a question, not red', () => {
    const claims = claimsOf(
      ['The dollar index slid 4.81% to 100.78, and the yen had its best quarter in years.'],
      '2024-10-24',
    );
    expect(claims.find((c) => c.text === '4.81%')?.judgement?.verdict).toBe('check');
    expect(claims.find((c) => c.text === '100.78')?.judgement?.verdict).toBe('check');
  });
  it('a level beside a move that fits the day is still judged against the day', () => {
    const claims = claimsOf(['The dollar index slid 0.35% to 101.06.'], '2024-10-24');
    expect(claims.find((c) => c.text === '0.35%')?.judgement?.verdict).toBe('matches');
    expect(claims.find((c) => c.text === '101.06')?.judgement?.verdict).not.toBe('check');
  });
});
