import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isAtLevelOpinion } from './at-level-opinion';

describe('at-level-opinion', () => {
  it('"At 6,500 on the S&P, we think the index prices in almost everything going right" judges no close', () => {
    const [c] = claimsOf(
      '"At 6,500 on the S&P 500, we think the index prices in almost everything going right," she said.',
      '2025-07-09',
    );
    expect(c?.judgement ?? null).toBeNull();
    expect(isAtLevelOpinion('"At ', ' on the S&P, we think the index')).toBe(true);
  });
  it('a fronted level that states the day is still judged: "At 6,263.26, the S&P 500 closed at a record"', () => {
    expect(isAtLevelOpinion('At ', ', the S&P 500 closed at a record')).toBe(false);
    const [c] = claimsOf('At 6,263.26, the S&P 500 closed at a record.', '2025-07-09');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
