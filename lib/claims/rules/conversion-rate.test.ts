import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isConversionRate } from './conversion-rate';

describe('conversion-rate', () => {
  it('"At an exchange rate of about 142 yen, that is roughly ¥160 trillion" converts a sum: not the yen', () => {
    expect(isConversionRate('At an exchange rate of about ')).toBe(true);
    const s = 'At an exchange rate of about 142 yen, that is roughly ¥160 trillion, a conversion we give for scale.';
    expect(idsOf([s], '2025-04-17')['142 yen'] ?? '-').toBe('-');
  });
  it('a quote of the rate stays a claim', () => {
    expect(isConversionRate('The exchange rate of ')).toBe(false);
    expect(idsOf(['The dollar bought 142.33 yen in New York.'], '2025-04-17')['142.33 yen']).toBe('fx.usdjpy');
  });
});
