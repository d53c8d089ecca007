import { describe, expect, it } from 'vitest';
import { idsOf, ruleOf } from '../test-engine';

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
    const blocks = ['On Wednesday the Bank of Canada brought its overnight lending rate down by 25 basis points.'];
    expect(ruleOf(blocks, '25 basis points', '2025-03-12')).toEqual({ id: 'ca.boc_policy_rate', rule: 'bank-rate' });
  });
});

describe('bank-at', () => {
  it('"Rates week: BoC at 2.25%, RBA at 3.60%, SNB at 0%": each bank named before "at" is its policy rate', () => {
    const ids = idsOf('Rates week: BoC at 2.25%, RBA at 3.60%, SNB at 0% as three banks stand pat', '2025-12-12');
    expect(ids['2.25%']).toBe('ca.boc_policy_rate');
    expect(ids['3.60%']).toBe('au.rba_cash_rate');
    expect(ids['0%']).toBe('ch.snb_policy_rate');
  });
  it('in an expectation the bare name states no rate', () => {
    const ids = idsOf('We expect the BoJ to move by January, while the RBA holds at 3.60% until May.', '2025-11-07');
    expect(ids['3.60%']).toBe('-');
  });
});

describe('borrowing-costs', () => {
  it('"the Bank of England lowered borrowing costs by a quarter point" is a Bank Rate move', () => {
    expect(
      ruleOf(
        'London shares closed higher after the Bank of England lowered borrowing costs by a quarter point.',
        'a quarter point',
        '2025-12-18',
      ).id,
    ).toBe('uk.boe_bank_rate');
  });
});
