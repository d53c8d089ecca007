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

describe('plus-core', () => {
  it('"holds its range amid 3.5%+ core inflation": the 3.5% is inflation\'s, not the policy rate\'s', () => {
    const ids = idsOf(
      'The Fed keeps 4.25-4.50% rates amid 3.5%+ core inflation, with markets pricing a cut.',
      '2025-08-08',
    );
    expect(ids['3.5%'] ?? '-').not.toBe('us.fed_funds_target_upper');
  });
});

describe('period-between', () => {
  // cn.lpr_1y 3% from 2026-02-24 (data/facts.csv).
  it('"LPR stays at 3% after 5.0% first-quarter growth": the 5.0% is growth, not the LPR', () => {
    const ids = idsOf('LPR stays at 3% after 5.0% first-quarter growth; stocks rose.', '2026-04-20');
    expect(ids['5.0%'] ?? '-').not.toBe('cn.lpr_1y');
    expect(ids['3%']).toBe('cn.lpr_1y');
  });
});
