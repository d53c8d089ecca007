import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('core-after-headline', () => {
  it('"while core prices rose 3.8%" after a CPI figure is core CPI', () => {
    expect(ruleOf('Consumer prices rose 3.5% in March, while core prices rose 3.8%.', '3.8%', '2024-05-01').id).toBe(
      'us.core_cpi_yoy',
    );
    expect(ruleOf('Consumer prices rose 3.5%, with the core measure at 3.8%.', '3.8%', '2024-05-01').id).toBe(
      'us.core_cpi_yoy',
    );
  });
  it('a market figure after the CPI figure is not made core', () => {
    expect(ruleOf('Consumer prices rose 3.5% in March, and the S&P 500 fell 1.2%.', '1.2%', '2024-05-01').id).toBe(
      'idx.sp500',
    );
  });
});
