import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('prior-sentence-country: a measure without its economy, after a sentence about another country', () => {
  it('"Canadian retail sales rose ... Retail sales excluding autos fell 0.7%" is not the U.S. figure', () => {
    const ids = idsOf(
      'Canadian retail sales rose 0.8% in March, beating forecasts. Retail sales excluding autos fell 0.7% on the month.',
      '2025-05-23',
    );
    expect(ids['0.7%']).toBe('-');
  });
  it('after a sentence naming no country, the bare measure is still the U.S. one', () => {
    const ids = idsOf(
      'Stocks were mixed on Friday. Retail sales excluding autos fell 0.7% on the month.',
      '2025-05-23',
    );
    expect(ids['0.7%']).toBe('us.retail_sales_mom');
  });
});
