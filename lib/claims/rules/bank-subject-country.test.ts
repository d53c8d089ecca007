import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('bank-subject-country', () => {
  it('"the bank says the economy contracted" after a paragraph on the Bank of Canada is not U.S. growth', () => {
    const blocks = [
      'The Bank of Canada lowered its key rate by 25 basis points to 2.5 per cent, blaming U.S. tariffs for the slowdown.',
      'Exporters in the U.S. and at home are still adjusting. The bank says the economy contracted 1.4 per cent in the second quarter.',
    ];
    expect(idsOf(blocks, '2025-09-17')['1.4 per cent']).toBe('-');
  });
  it('without "the bank" as the reporter, the bare measure stays the U.S. one', () => {
    const blocks = [
      'The Bank of Canada lowered its key rate by 25 basis points to 2.5 per cent, blaming U.S. tariffs for the slowdown.',
      'Exporters in the U.S. and at home are still adjusting. Data show the U.S. economy contracted 0.5 per cent in the first quarter.',
    ];
    expect(idsOf(blocks, '2025-09-17')['0.5 per cent']).toBe('us.gdp_growth_saar');
  });
});
