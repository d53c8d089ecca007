import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('other-banks-named-rate', () => {
  it('"the Bank Rate" after the Bank of Canada is named is Canada\'s Bank Rate, not the BoE\'s', () => {
    const ids = idsOf(
      'Ottawa: the Bank of Canada set its overnight target at 2.75%, so its Bank Rate sits at 3%.',
      '2025-03-12',
    );
    expect(ids['3%']).toBe('-');
  });

  it("the Bank of England's Bank Rate in a sentence naming it is still the BoE's", () => {
    const ids = idsOf('The Bank of England kept Bank Rate at 4% on Thursday, as the Fed held too.', '2025-09-18');
    expect(ids['4%']).toBe('uk.boe_bank_rate');
  });
});
