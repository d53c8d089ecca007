import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('refinancing-rate', () => {
  it('"lowered its key refinancing rate ... to 2.15%" is not the deposit rate', () => {
    expect(
      idsOf(
        ['The ECB also lowered its key refinancing rate, which supplies banks with liquidity, to 2.15%.'],
        '2025-06-05',
      )['2.15%'],
    ).toBe('-');
  });
  it('"cut its key rate to 2%" is', () => {
    expect(idsOf(['The ECB cut its key rate to 2% on Thursday.'], '2025-06-05')['2%']).toBe('ea.ecb_deposit_rate');
  });
});
