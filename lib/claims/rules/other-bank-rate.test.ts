import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('other-bank-rate', () => {
  it('the refinancing and marginal lending rates listed after the deposit rate are not the deposit rate', () => {
    const ids = idsOf(
      'Frankfurt kept the ECB deposit rate at 2.00%, with refinancing operations priced at 2.15% and the marginal lending facility at 2.40%.',
      '2025-12-18',
    );
    expect(ids['2.00%']).toBe('ea.ecb_deposit_rate');
    expect(ids['2.15%']).toBe('-');
    expect(ids['2.40%']).toBe('-');
  });
});

describe('rate-named-after', () => {
  it('"at 2.15% for the main refinancing operations": the rate named after the figure is its subject', () => {
    const ids = idsOf(
      [
        "The ECB's three rates will stay at 2.0% for the deposit facility and at 2.15% for the main refinancing operations.",
      ],
      '2025-09-11',
    );
    expect(ids['2.0%']).toBe('ea.ecb_deposit_rate');
    expect(ids['2.15%']).toBe('-');
  });
});
