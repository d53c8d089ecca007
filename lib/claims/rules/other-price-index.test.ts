import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("other-price-index: an unnamed inflation rate in a sentence about PCE or PPI is that gauge's", () => {
  it('"the PCE gauge ... lifting annual inflation to 2.3%" is not CPI', () => {
    const ids = idsOf('The PCE gauge edged up 0.1% in May, lifting the annual inflation rate to 2.3%.', '2025-06-27');
    expect(ids['2.3%']).toBe('-');
  });
  it('producer prices too', () => {
    const ids = idsOf('Producer prices firmed in May, and the annual inflation rate there reached 2.6%.', '2025-06-12');
    expect(ids['2.6%']).toBe('-');
  });
  it('a sentence that also names the CPI keeps it', () => {
    const ids = idsOf(
      'Unlike the PCE gauge, the consumer price index showed annual inflation at 2.4% in May.',
      '2025-06-27',
    );
    expect(ids['2.4%']).toBe('us.cpi_yoy');
  });
});
