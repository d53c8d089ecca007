import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('core-retail', () => {
  it('"So-called core retail sales ... fell 0.1% in December" is not headline retail sales', () => {
    const s =
      'So-called core retail sales, which exclude automobiles, gasoline, building materials and food services, fell 0.1% in December.';
    expect(idsOf(s, '2026-02-10')['0.1%'] ?? '-').toBe('-');
  });
  it('headline retail sales stay the catalogue figure', () => {
    expect(idsOf('Retail sales were unchanged at 0.0% in December.', '2026-02-10')['0.0%']).toBe('us.retail_sales_mom');
  });
});
