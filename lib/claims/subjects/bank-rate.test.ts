import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import { bankRateOf, bankRates } from './bank-rate';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';

describe("bank-rate: a rates table row naming one central bank is that bank's policy rate", () => {
  it('"Policy rate · Bank of England" is Bank Rate; "Official rate · Federal Reserve" the Fed\'s', () => {
    const ids = idsOf(
      [
        { context: 'Decisions this week · Policy rate · Bank of England · Held', text: '4.00%' },
        { context: 'Decisions this week · Official rate · Federal Reserve · Cut', text: '4.00%–4.25%' },
      ],
      '2025-09-20',
    );
    expect(ids['4.00%']).toBe('uk.boe_bank_rate');
    expect(ids['4.00%–4.25%']).toBe('us.fed_funds_target_upper');
  });

  it('needs a rate phrase and exactly one bank', () => {
    const rates = bankRates(loadBundledDatasetFromDisk().indicators);
    expect(bankRateOf('Bank of England · Held', new Set(['boe']), rates)).toBeNull();
    expect(bankRateOf('Policy rate · BoE and BOJ', new Set(['boe', 'boj']), rates)).toBeNull();
    expect(bankRateOf('Policy rate · BOJ', new Set(['boj', 'japan']), rates)?.id).toBe('jp.boj_policy_rate');
  });
});

describe('bank-to and as-expected', () => {
  it('"Bank of Canada cuts to 3.75%" in a headline is the bank’s policy rate', () => {
    const cs = claimsOf(['Bank of Canada cuts to 3.75% in its biggest step since 2020'], '2024-10-23');
    expect(cs.find((c) => c.text === '3.75%')?.indicator?.id).toBe('ca.boc_policy_rate');
  });
  it('"RBA holds at 4.35% as expected" tells of the decision, not a forecast', () => {
    const cs = claimsOf(['RBA holds at 4.35% as expected'], '2024-12-10');
    expect(cs.find((c) => c.text === '4.35%')?.indicator?.id).toBe('au.rba_cash_rate');
  });
  it('a bank named before "to" with no move verb, or an expected move, is not marked', () => {
    expect(claimsOf(['Bank of Canada to 3.75%?'], '2024-10-23').filter((c) => c.indicator)).toEqual([]);
    expect(claimsOf(['The ECB is expected to cut to 2% next week.'], '2025-05-30').filter((c) => c.indicator)).toEqual(
      [],
    );
  });
});

describe('bank-possessive', () => {
  it('"well above the Bank of Canada\'s 2.25%" is the Bank of Canada\'s rate, though the Fed is named first', () => {
    const c = claimsOf(["The Fed's upper limit now sits well above the Bank of Canada's 2.25%."], '2026-01-28').find(
      (x) => x.text === '2.25%',
    )!;
    expect(c.indicator?.id).toBe('ca.boc_policy_rate');
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('"the Bank of Canada\'s 2% target" is its inflation goal, not its rate', () => {
    expect(
      claimsOf(["Core inflation is still above the Bank of Canada's 2% target."], '2026-01-28').find(
        (x) => x.text === '2%',
      )?.indicator?.id,
    ).not.toBe('ca.boc_policy_rate');
  });
});

describe('policy-rate-column', () => {
  it('"Policy rate · U.S. CPI · 3.50%–3.75%" in a dashboard is a rate, never the CPI reading; its CPI column still is', () => {
    const cs = claimsOf(
      [
        { text: '3.50%–3.75%', context: 'Inflation and policy dashboard (12-month rates) · Policy rate · U.S. CPI' },
        { text: '3.3%', context: 'Inflation and policy dashboard (12-month rates) · CPI, March · U.S. CPI' },
      ],
      '2026-04-28',
    );
    expect(cs.find((c) => c.text === '3.50%–3.75%')?.indicator?.id).not.toBe('us.cpi_yoy');
    expect(cs.find((c) => c.text === '3.3%')?.indicator?.id).toBe('us.cpi_yoy');
  });
});

describe('bank-at outranks a name further off', () => {
  it('"Euro-Area Inflation Jumps to 2.5% ... as ECB Sits at 2%": the 2% is the ECB\'s rate, not inflation', () => {
    const ids = idsOf('Euro-Area Inflation Jumps to 2.5% in March From 1.9% as ECB Sits at 2%', '2026-03-31');
    expect(ids['2%']).toBe('ea.ecb_deposit_rate');
    expect(ids['2.5%']).toBe('ea.hicp_yoy');
  });
});

describe('bank-by', () => {
  it('"Bank of Canada cuts by 50 basis points to 3.25%": the bank named before the move is its rate', () => {
    const ids = idsOf('Bank of Canada cuts by 50 basis points to 3.25%, flags slower pace', '2024-12-11');
    expect(ids['50 basis points']).toBe('ca.boc_policy_rate');
    expect(ids['3.25%']).toBe('ca.boc_policy_rate');
    // A move of something else after the bank's verb is not the bank's: "the ECB cut, and inflation fell to 2.1%".
    expect(idsOf('Inflation fell to 2.1% after the ECB cut.', '2024-12-11')['2.1%']).not.toBe('ea.ecb_deposit_rate');
  });
});
