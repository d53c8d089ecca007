import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('unit-currency: a price in yen of a future, a bond or a share is not USD/JPY', () => {
  it('"Ten-year JGB futures fell as much as 0.5 yen to 132.84 yen"', () => {
    const ids = idsOf(
      'Ten-year JGB futures fell as much as 0.5 yen to 132.84 yen, the lowest since June 2008.',
      '2025-12-19',
    );
    expect([ids['0.5 yen'] ?? '-', ids['132.84 yen'] ?? '-']).toEqual(['-', '-']);
  });
  it('the dollar named keeps the pair: "the dollar stood at 147.09 yen"', () => {
    expect(idsOf('In Tokyo, the dollar stood at 147.09 yen at 4 p.m.', '2025-08-15')['147.09 yen']).toBe('fx.usdjpy');
  });
  it('even beside a priced thing: "the dollar rose to 147.09 yen as JGB futures slid"', () => {
    expect(idsOf('The dollar rose to 147.09 yen in Tokyo as JGB futures slid.', '2025-08-15')['147.09 yen']).toBe(
      'fx.usdjpy',
    );
  });
});
