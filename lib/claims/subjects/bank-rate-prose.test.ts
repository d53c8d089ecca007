import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('bank-rate-prose: "its benchmark rate" after one central bank is that bank\'s policy rate', () => {
  it('"The Bank of Japan kept its benchmark interest rate at 0.5% on Friday"', () => {
    expect(
      ruleOf('The Bank of Japan kept its benchmark interest rate at 0.5% on Friday.', '0.5%', '2025-09-19'),
    ).toEqual({
      id: 'jp.boj_policy_rate',
      rule: 'bank-rate',
    });
  });
  it('not without "its", nor with two banks named', () => {
    expect(ruleOf('The Bank of Japan said inflation was 0.5% above plan on Friday.', '0.5%', '2025-09-19').id).toBe(
      '-',
    );
    expect(
      ruleOf('The Bank of Japan and the ECB each kept its key rate at 0.5% in the tale.', '0.5%', '2025-09-19').rule,
    ).not.toBe('bank-rate');
  });
});
