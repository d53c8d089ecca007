import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Stored S&P 500: 6,664.01 on 2025-10-17; the index was near 5,900 at the end of 2024.
describe('level-row', () => {
  it('levels of one subject side by side (a row without its dates) are questions, not red', () => {
    const claims = claimsOf('S&P 500 5,900.10 6,500.25 6,664.01 1.7% 13.3%', '2025-10-20');
    const level = claims.find((c) => c.text === '5,900.10');
    expect(level?.indicator?.id).toBe('idx.sp500');
    expect(level?.judgement?.verdict).toBe('check');
    expect(claims.some((c) => c.judgement?.verdict === 'inconsistent' || c.judgement?.verdict === 'differs')).toBe(
      false,
    );
  });
  it('one level stated for a day stays red when it is wrong', () => {
    const claims = claimsOf('The S&P 500 closed at 5,900.10 on Friday.', '2025-10-20');
    expect(claims.find((c) => c.text === '5,900.10')?.judgement?.verdict).toBe('differs');
  });
});
