import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('answered-question', () => {
  // Nikkei 225 close 48,702.98 on 2025-11-18 (data/series).
  it('"How Much Did the Nikkei Fall Today? ... to 48,702.98": the answer is the Nikkei\'s close', () => {
    const c = claimsOf(['How Much Did the Nikkei Fall Today?', 'Sharply: to 48,702.98.'], '2025-11-18').find(
      (x) => x.text === '48,702.98',
    );
    expect(c?.indicator?.id).toBe('idx.nikkei225');
    expect(c?.match?.rule).toBe('answered-question');
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('not after a statement, nor after a question naming two subjects', () => {
    expect(claimsOf(['The Nikkei fell today.', 'Sharply: to 48,702.98.'], '2025-11-18')[0]?.match?.rule).not.toBe(
      'answered-question',
    );
    expect(
      claimsOf(['Why did the Nikkei and the Topix fall?', 'Sharply: to 48,702.98.'], '2025-11-18')[0]?.indicator ??
        null,
    ).toBeNull();
  });
});

describe('worth-question', () => {
  it('"What is half a bitcoin worth at these levels? About $30,733 ..." answers with a holding\'s worth, not the price', () => {
    const cs = claimsOf(
      ['What is half a bitcoin worth at these levels?', "About $30,733 at Friday's Coinbase close."],
      '2024-08-03',
    );
    expect(cs.find((c) => c.text === '$30,733')?.indicator ?? null).toBeNull();
  });
});
