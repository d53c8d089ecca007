import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf, ruleOf } from '../test-engine';

describe("other-country: a country named earlier in the clause must be the indicator's", () => {
  it('"Japan\'s CPI rose 3.5%" is not U.S. CPI', () => {
    expect(ruleOf('CPI rose 3.5% in May.', '3.5%').id).toBe('us.cpi_yoy');
    expect(ruleOf("Japan's CPI rose 3.5% in May.", '3.5%').id).toBe('-');
  });

  it('a country right before the alias counts across a table header break: "UK jobless rate (Jun) · 4.7%"', () => {
    const cell = { text: '4.7%', context: 'Data calendar · Prior · UK ILO jobless rate (Jun)' };
    expect(ruleOf([cell], '4.7%', '2025-08-08').id).toBe('-');
    const us = { text: '4.1%', context: 'Data calendar · Prior · US jobless rate (Jun)' };
    expect(ruleOf([us], '4.1%', '2025-08-08').id).toBe('us.unemployment_rate');
  });

  it("baseline-tariff: the levy on everyone is no country's, whatever country the clause named first", () => {
    const s =
      'Tariffs, including the 145% tariff on Chinese goods and the 10% baseline levy on most other imports, weigh on prices.';
    expect(ruleOf(s, '10%', '2025-04-21').id).toBe('us.tariff_baseline');
  });
});

describe('sentence-country', () => {
  it('"Canadian debt ..., with the two-year yield around 2.58%" is not the U.S. two-year', () => {
    expect(
      idsOf('Bond yields in Canada hardly budged, the two-year holding close to 2.58%.', '2026-01-28')['2.58%'],
    ).toBe('-');
  });

  it("a bare CPI in a sentence about the BOJ's gauges is not the U.S. CPI", () => {
    const text = "In the BOJ's gauges for the month, CPI eased to 1.3% and the trimmed mean to 2.2%.";
    expect(idsOf(text, '2026-03-24')['1.3%']).toBe('-');
  });

  it('a currency named in passing does not move a measure to another economy', () => {
    expect(idsOf('U.S. CPI rose 2.7% in November as the yen slid.', '2025-12-18')['2.7%']).toBe('us.cpi_yoy');
  });
});

describe('issuer-not-holder and tariff-partner', () => {
  it('"its U.S. Treasury holdings" after a sentence about Japan is the U.K.’s when the U.K. is named', () => {
    const cs = claimsOf(
      [
        "- Tokyo kept buying, and Japan's U.S. Treasury holdings hit $1.20 trillion.",
        '- The U.K. posted a $13.2 billion rise in its U.S. Treasury holdings in October.',
      ],
      '2025-12-19',
    );
    expect(cs.find((c) => c.text === '$13.2 billion')?.indicator?.id).toBe('uk.ust_holdings');
  });
  it('a tariff sentence about another partner is not Japan’s, though Japan was named before', () => {
    const cs = claimsOf(
      [
        'Japan faces a 24% reciprocal tariff under the order.',
        'India, by the order’s count, levies 52% on American goods, and faces a 26% reciprocal tariff in return.',
      ],
      '2025-04-03',
    );
    expect(cs.filter((c) => c.indicator).map((c) => c.text)).toEqual(['24%']);
  });
});

describe('rate-other-bank-country', () => {
  it('"the cash rate" in a sentence about the Reserve Bank of New Zealand is not the RBA’s', () => {
    const cs = claimsOf(
      ['Most economists had expected the Reserve Bank of New Zealand to lower the cash rate to 4.75%.'],
      '2024-10-09',
    );
    expect(cs.filter((c) => c.indicator)).toEqual([]);
  });
  it('a Fed rate in a sentence that also names Tokyo is still the Fed’s', () => {
    const cs = claimsOf(
      ['The Fed, for its part, cut its target range to 3.50%–3.75% on Dec. 10, narrowing the gap with Tokyo.'],
      '2025-12-22',
    );
    expect(cs[0]?.indicator?.id).toBe('us.fed_funds_target_upper');
  });
});

describe('other economies named', () => {
  it('the Taiex, Banxico’s rate and Bank Indonesia’s are not catalogue figures', () => {
    const cs = claimsOf(
      [
        'The Nikkei 225 rose 1.2%.',
        'In Taipei the Taiex finished at 35,413.07, a 712.25-point gain.',
        'Banxico lowered its key rate to 7.5%.',
      ],
      '2026-02-25',
    );
    expect(cs.filter((c) => c.indicator).map((c) => c.text)).toEqual(['1.2%']);
  });
});

describe('nearer-member', () => {
  it('a member country named between the euro area’s inflation and the figure takes the figure', () => {
    const cs = claimsOf(
      ['Across the euro area, inflation ran hottest in Croatia and Latvia (4.3%) in December.'],
      '2026-01-07',
    );
    expect(cs.find((c) => c.text === '4.3%')?.indicator ?? null).toBeNull();
  });
  it('keeps the euro area’s own figure', () => {
    const cs = claimsOf(['Euro-area inflation eased to 2.0% in December.'], '2026-01-07');
    expect(cs.find((c) => c.text === '2.0%')?.indicator?.id).toBe('ea.hicp_yoy');
  });
});

describe('euro-of-member', () => {
  // Stored CAC 40: 8,232.49 on 2025-11-13, 8,170.09 on 2025-11-14 (−0.76%).
  it('"the Euro Stoxx 50 slid ... and the CAC 40 fell 0.76%": the euro area is no other country for a member\'s index', () => {
    const ids = idsOf(['The Euro Stoxx 50 lost 0.85% and the CAC 40 fell 0.76% to 8,170.09.'], '2025-11-14');
    expect(ids['0.76%']).toBe('idx.cac40');
  });
});

describe('own-conjunct', () => {
  it('"the yen firmed to 152.88 per dollar and the S&P 500 slipped 0.1%": the yen names no country for the S&P', () => {
    const ids = idsOf('Elsewhere, the yen firmed to 152.88 per dollar and the S&P 500 slipped 0.1%.', '2026-04-10');
    expect(ids['0.1%']).toBe('idx.sp500');
  });
});
