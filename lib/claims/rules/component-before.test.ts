import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('component-before: a part of the basket named before the measure gives its own rate', () => {
  it('"UK services CPI (YoY), Jun · 5.7%" is not UK CPI; "UK CPI (YoY), Jun · 2.0%" is', () => {
    const ids = idsOf(
      [{ text: 'UK services CPI (YoY), Jun · 5.7%' }, { text: 'UK CPI (YoY), Jun · 2.0%' }],
      '2024-07-17',
    );
    expect(ids['5.7%'] ?? '-').toBe('-');
    expect(ids['2.0%']).toBe('uk.cpi_yoy');
  });

  it('a part left out is no subject: "ex-food and energy CPI" keeps its measure', () => {
    expect(idsOf('U.S. core CPI, ex food and energy, rose 3.3% from a year earlier.', '2025-03-12')['3.3%']).toBe(
      'us.core_cpi_yoy',
    );
    expect(idsOf('Leaving out food and energy, core CPI climbed 3.3% on the year.', '2025-03-12')['3.3%']).toBe(
      'us.core_cpi_yoy',
    );
  });
});
