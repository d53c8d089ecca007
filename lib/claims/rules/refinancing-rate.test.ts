import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('refinancing-rate', () => {
  it('"the main refinancing rate ... at 2.15%" is not the deposit rate', () => {
    expect(
      idsOf(
        ['At the ECB the main refinancing rate, the one banks borrow at each week, now stands at 2.15%.'],
        '2025-06-05',
      )['2.15%'],
    ).toBe('-');
  });
  it('"cut its key rate to 2%" is', () => {
    expect(idsOf(['The ECB cut its key rate to 2% on Thursday.'], '2025-06-05')['2%']).toBe('ea.ecb_deposit_rate');
  });
});
