import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { approximateRound } from './approx-round-move';

describe('approx-round-move: "nearly 20 basis points" says the move roughly', () => {
  it('reads an approximating word before a round move', () => {
    expect(approximateRound('dropped nearly ', 20, 1)).toBe(true);
    expect(approximateRound('rose about ', 15, 1)).toBe(true);
    expect(approximateRound('dropped ', 20, 1)).toBe(false);
    expect(approximateRound('dropped nearly ', 17, 1)).toBe(false);
  });
  // Stored 10-year: 4.37% on 2025-07-31, 4.23% on 2025-08-01 (−14 basis points).
  it('a stored move within a third of it is a question; the exact figure stays red', () => {
    const verdict = (s: string) =>
      claimsOf([s], '2025-08-04').find((x) => x.text === '20 basis points')?.judgement?.verdict;
    expect(verdict('The 10-year yield dropped nearly 20 basis points on Friday.')).toBe('check');
    expect(verdict('The 10-year yield dropped 20 basis points on Friday.')).toBe('differs');
  });
});
