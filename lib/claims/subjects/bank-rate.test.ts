import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { bankRateOf, bankRates } from './bank-rate';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';

describe('bank-rate: a rates table row naming one central bank is that bank\'s policy rate', () => {
  it('"Key rate · Bank of England" is Bank Rate; "European Central Bank" the ECB\'s rate', () => {
    const ids = idsOf(
      [
        { context: 'Decisions this week · Key rate · Bank of England · Held', text: '4.00%' },
        { context: 'Decisions this week · Key rate · European Central Bank · Held', text: '2.00%' },
      ],
      '2025-09-20',
    );
    expect(ids['4.00%']).toBe('uk.boe_bank_rate');
    expect(ids['2.00%']).toBe('ea.ecb_deposit_rate');
  });

  it('needs a rate phrase and exactly one bank', () => {
    const rates = bankRates(loadBundledDatasetFromDisk().indicators);
    expect(bankRateOf('Bank of England · Held', new Set(['boe']), rates)).toBeNull();
    expect(bankRateOf('Policy rate · BoE and BOJ', new Set(['boe', 'boj']), rates)).toBeNull();
    expect(bankRateOf('Policy rate · BOJ', new Set(['boj', 'japan']), rates)?.id).toBe('jp.boj_policy_rate');
  });
});
