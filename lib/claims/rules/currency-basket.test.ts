import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('currency-basket', () => {
  it('"the broad euro NEER is only 0.2% stronger" is no EUR/USD move', () => {
    const s = 'Yet the broad euro NEER is only 0.2% stronger compared to the December meeting.';
    expect(idsOf(s, '2026-01-30')['0.2%'] ?? '-').toBe('-');
    expect(idsOf("The euro's trade-weighted index rose 0.4% on the week.", '2026-01-30')['0.4%'] ?? '-').toBe('-');
  });
  it('the euro against the dollar still is', () => {
    expect(idsOf('The euro rose 0.2% to $1.1850.', '2026-01-30')['0.2%']).toBe('fx.eurusd');
  });
});
