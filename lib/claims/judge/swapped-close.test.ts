import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const verdict = (text: string, published: string) => claimsOf([text], published)[0]?.judgement?.verdict;

describe('swapped-once-a-day: on the day itself, a once-a-day number with two digits swapped', () => {
  it('"the dollar was fixed at 149.85 yen at noon" against a noon rate of 149.58 is red', () => {
    expect(verdict('In New York the dollar was fixed at 149.85 yen at noon.', '2024-10-18')).toBe('differs');
  });

  it("an hour's quote with no once-a-day word stays a question", () => {
    expect(verdict('The dollar changed hands at 149.85 yen in Asian trade.', '2024-10-18')).toBe('check');
  });
});
