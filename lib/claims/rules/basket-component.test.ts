import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('basket-component: a part of the basket named as the subject gives its own rate', () => {
  it('"Among the components of euro area inflation, services is expected ... at 3.5%" is not the HICP', () => {
    const s =
      'Looking at the main components of euro area inflation, services is expected to have the highest annual rate in November, at 3.5% compared with 3.4% in October.';
    expect(idsOf(s, '2025-12-02')['3.5%'] ?? '-').toBe('-');
  });
  it('a component left out of the measure does not ("which strips out volatile fresh food prices")', () => {
    const s = "Japan's core inflation rate, which strips out volatile fresh food prices, rose to 3.5% in April.";
    expect(idsOf(s, '2025-05-23')['3.5%']).toBe('jp.core_cpi_yoy');
  });
  it('nor one past a comma ("which leaves out food and energy, was up 3.0%")', () => {
    const s = 'Core CPI, which leaves out food and energy, was also up 3.0% in September.';
    expect(idsOf(s, '2025-10-24')['3.0%']).toBe('us.core_cpi_yoy');
  });
  it('a component before a comma is not the verb\'s subject ("in November, a month of dearer food, was 2.2%")', () => {
    const s = 'Euro zone inflation in November, a month of dearer food, was 2.2%, flash data showed.';
    expect(idsOf(s, '2025-12-02')['2.2%']).toBe('ea.hicp_yoy');
  });
});
