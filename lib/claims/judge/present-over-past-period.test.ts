import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe("present-over-past-period: a rate told in the present tense is the one in force on the article's date", () => {
  it('"the short-term policy rate is 0.1%, the top of the range it set ... in March" is stale in October', () => {
    const t =
      "The Bank of Japan's short-term policy rate is 0.1%, the top of the range it set when it ended negative rates in March.";
    const c = claimsOf(t, '2024-10-18').find((x) => x.text === '0.1%');
    expect(c?.judgement?.verdict).toBe('differs');
    expect(c?.judgement?.explanation).toBe('In force on 2024-10-18: 0.25 (from 2024-09-20).');
  });
  it('told in the past tense, the month stands: "the rate was 0.1% in March"', () => {
    const c = claimsOf("The Bank of Japan's policy rate was 0.1% in March.", '2024-10-18').find(
      (x) => x.text === '0.1%',
    );
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
