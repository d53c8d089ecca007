import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("tied-rates: when several banks' rates fit alike, the page decides or none is taken", () => {
  it('"The central bank left its benchmark rate at 3.75%" alone is no bank\'s', () => {
    const ids = idsOf('The central bank left its benchmark rate at 3.75% on Thursday, as expected.');
    expect(ids['3.75%']).toBe('-');
  });

  it("after a figure of the Bank of England, it is the BoE's", () => {
    const ids = idsOf([
      "The Bank of England's Bank Rate stood at 4% before the vote.",
      'The central bank left its benchmark rate at 3.75% on Thursday, as expected.',
    ]);
    expect(ids['3.75%']).toBe('uk.boe_bank_rate');
  });
});
