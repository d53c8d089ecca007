import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';

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

  it('tied-countries: "the economy shrank 0.4%" after a Bank of Japan figure is Japan\'s, alone no one\'s', () => {
    const ids = idsOf([
      'Bank of Japan: held its short-term rate at 0.75% this month. Revised data show the economy shrank 0.4% in the third quarter.',
    ]);
    expect(ids['0.4%']).toBe('jp.gdp_growth_qoq');
    const alone = idsOf('Revised data show the economy shrank 0.4% in the third quarter.');
    expect(alone['0.4%']).toBe('-');
  });

  it("tie-below-top: \"Euro zone inflation fell to 1.9%, below the central bank's 2% target\" is neither the BOJ's nor the Fed's", () => {
    const ids = idsOf("Euro zone inflation eased to 1.9% in May, under the central bank's 2% target.", '2025-06-06');
    expect(ids['2%']).toBe('-');
    expect(ids['1.9%']).toBe('ea.hicp_yoy');
  });
});

describe('named-banks-tie', () => {
  it('"the ECB lowered its deposit rate to 3.50% ..., and the Bank of Japan ..., raising its policy rate to 0.25%": not the ECB\'s', () => {
    const c = claimsOf(
      'The ECB lowered its deposit rate to 3.50% in September, its second cut of the cycle, and the Bank of Japan went the other way on July 31, raising its policy rate to 0.25%.',
      '2024-10-09',
    ).find((x) => x.text === '0.25%');
    expect(c?.indicator?.id ?? '-').not.toBe('ea.ecb_deposit_rate');
  });
});
