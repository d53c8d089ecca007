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

describe('the-bank and generic-rate-core: "The bank raised its benchmark interest rate" after the BoJ is named', () => {
  const blocks = [
    "The Bank of Japan's two-day policy meeting opens today. The central bank lifted its benchmark interest rate by a quarter-point to 0.75% in December.",
  ];
  it('is the BoJ rate, never the Fed one an alias spells "Fed\'s benchmark interest rate"', () => {
    expect(ruleOf(blocks, 'a quarter-point', '2026-01-22')).toEqual({ id: 'jp.boj_policy_rate', rule: 'bank-rate' });
    expect(ruleOf(blocks, '0.75%', '2026-01-22').id).toBe('jp.boj_policy_rate');
  });
  it('with no bank named before, "the bank" is left unmarked rather than guessed', () => {
    const alone = [
      'Markets were calm. The central bank lifted its benchmark interest rate by a quarter-point to 0.75% in December.',
    ];
    expect(ruleOf(alone, '0.75%', '2026-01-22').id).toBe('-');
  });
});

describe('owned-overnight-rate: "its overnight lending rate", "its cash rate" in a sentence naming one bank', () => {
  it('the Bank of Canada cutting its overnight lending rate is the BoC policy rate', () => {
    const blocks = [
      'The Bank of Canada trimmed its overnight lending rate by 25 basis points to 2.75 per cent on Wednesday.',
    ];
    expect(ruleOf(blocks, '25 basis points', '2025-03-12')).toEqual({ id: 'ca.boc_policy_rate', rule: 'bank-rate' });
  });
});
