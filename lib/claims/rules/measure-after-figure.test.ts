import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('measure-after-figure: "a 2.6% GDP gain" is growth, not the bank\'s rate', () => {
  it('the rate of the bank the sentence names is not the growth figure beside it', () => {
    const ids = idsOf('The Bank of Canada held rates steady after a 2.6% GDP gain in the third quarter.', '2025-12-10');
    expect(ids['2.6%']).toBe('-');
  });
  it("the bank's own rate still is", () => {
    const ids = idsOf('The Bank of Canada held its policy rate at 2.25% on Wednesday.', '2025-12-10');
    expect(ids['2.25%']).toBe('ca.boc_policy_rate');
  });
});
