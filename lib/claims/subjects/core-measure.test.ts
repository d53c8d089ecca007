import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('core-measure: "core" since the figure before names the core sibling', () => {
  it('"…, and the core gauge 2.6%" after headline CPI is core CPI', () => {
    const ids = idsOf('U.S. consumer prices rose 2.7% in the year to November, and the core gauge 2.6%.', '2025-12-20');
    expect(ids['2.7%']).toBe('us.cpi_yoy');
    expect(ids['2.6%']).toBe('us.core_cpi_yoy');
  });
});

describe('ex-food-energy: inflation "excluding food and energy" is the core measure', () => {
  it('"U.S. inflation excluding food and energy rose to 3.1%" is core CPI', () => {
    expect(idsOf('U.S. inflation excluding food and energy rose to 3.1% in August.', '2025-09-11')['3.1%']).toBe(
      'us.core_cpi_yoy',
    );
  });
  it('without a core sibling in the catalogue, the headline is not its subject either', () => {
    const s = 'Euro zone inflation, excluding food and energy prices, rose to 2.4% in November.';
    expect(idsOf(s, '2025-12-02')['2.4%'] ?? '-').toBe('-');
  });
});
