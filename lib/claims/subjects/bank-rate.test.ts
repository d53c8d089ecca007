import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
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
