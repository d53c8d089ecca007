import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('range-rate', () => {
  it('a band of two rates is no Bank of Japan rate, however Japanese the page', () => {
    const blocks = [
      'The Bank of Japan kept its rate at 0.75% in January.',
      'Has the Fed cut rates this year?',
      'Not yet. The benchmark rate sits in a 3.75%-4.00% range.',
    ];
    expect(claimsOf(blocks, '2026-02-27').find((c) => c.text === '3.75%-4.00%')?.indicator ?? null).toBeNull();
  });
  it("the Fed's target range is still the Fed's", () => {
    const c = claimsOf('The Fed held its target range at 3.50%-3.75%.', '2026-02-27').find(
      (x) => x.text === '3.50%-3.75%',
    );
    expect(c?.indicator?.id).toBe('us.fed_funds_target_upper');
  });
  it("the Bank of Japan's 0%-0.1% band of 2024 is still the Bank of Japan's", () => {
    const t = 'The Bank of Japan left its policy rate in a range of 0% to 0.1%.';
    expect(claimsOf(t, '2024-04-26').find((x) => x.text.startsWith('0%'))?.indicator?.id).toBe('jp.boj_policy_rate');
  });
});
