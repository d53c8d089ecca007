import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';

// From blind round 17 part B, after its first score: each rule in our own words.
const verdict = (sentence: string, text: string, published: string) =>
  claimsOf(sentence, published).find((c) => c.text === text)?.judgement?.verdict;

describe('hypothetical-after stops at a new clause: "left its rate at 0.75% and said it would ..."', () => {
  it('the rate stated is marked; a "would" in its own clause right after it still makes it hypothetical', () => {
    const s = 'The Bank of Japan left its short-term policy rate at 0.75% and said it would keep raising rates.';
    expect(idsOf(s, '2026-04-28')['0.75%']).toBe('jp.boj_policy_rate');
    expect(
      idsOf('The BOJ could lift its rate to 1.25%, which would be the highest in decades.', '2026-04-28')['1.25%'],
    ).toBe('-');
  });
});

describe('direction-fillers: "lowered the policy rate by a full 100 basis points" is a cut', () => {
  it('small words do not use up the reach of "lowered"', () => {
    const s = 'Three reductions lowered the Fed policy rate by a full 100 basis points over the final months of 2024.';
    expect(verdict(s, '100 basis points', '2025-06-18')).toBe('matches');
  });
});

describe('generic-rate-core for an alias without a qualifier: "overnight rate" is not Canada\'s by default', () => {
  it('"the Federal Reserve ... holding its benchmark overnight rate in the 4.25%-4.50% range" is the Fed\'s', () => {
    const s =
      'The Federal Reserve left rates unchanged on Wednesday, holding its benchmark overnight rate in the 4.25%-4.50% range.';
    expect(idsOf(s, '2025-06-18')['4.25%-4.50%']).toBe('us.fed_funds_target_upper');
    expect(idsOf('The Bank of Canada held its overnight rate at 2.75%.', '2025-07-30')['2.75%']).toBe(
      'ca.boc_policy_rate',
    );
  });
});
