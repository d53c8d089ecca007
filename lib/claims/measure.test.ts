import { describe, expect, it } from 'vitest';
import { claimsOf, verdictOf } from './test-engine';

describe('percent-points-move', () => {
  it('"the 10-year yield slipped 0.02% to 4.13%" is a move of two hundredths of a point, not a level', () => {
    const [move] = claimsOf(['Ten-year Treasury yields eased 0.02% to 4.13%.'], '2025-12-29');
    expect(move?.text).toBe('0.02%');
    expect(move?.value).toBe(-0.02);
    expect(move?.kind).toBe('change');
  });
  it('percent-points-rate-move: "cut its benchmark rate by 0.25%" is a quarter-point cut, matched with the decision', () => {
    // Stored: the Fed's upper bound 4.00 until the decision of 2025-12-10, 3.75 from 2025-12-11.
    const s = 'The Federal Reserve cut its benchmark rate by 0.25% on Wednesday.';
    const [cut] = claimsOf([s], '2025-12-10');
    expect(cut?.value).toBe(-0.25);
    expect(verdictOf(s, '0.25%', '2025-12-10')).toBe('matches');
    expect(verdictOf('The Fed cut its benchmark rate by 0.5% on Wednesday.', '0.5%', '2025-12-10')).toBe('differs');
  });
  it('a policy rate beside a cut stays a level', () => {
    const cs = claimsOf(['The Bank of England cut Bank Rate to 3.75%.'], '2025-12-19');
    expect(cs.find((c) => c.text === '3.75%')?.value).toBe(3.75);
  });
});

describe('pips', () => {
  // Stored USD/JPY noon rates: 153.49 on 2024-11-26, 150.69 on 2024-11-27 (−2.80 yen).
  it('a yen pair\'s pip is 0.01 yen: "dropped 280 pips" is −2.80', () => {
    const c = claimsOf(['USD/JPY shed 280 pips on the day to 150.69.'], '2024-11-27').find(
      (x) => x.text === '280 pips',
    )!;
    expect(c.indicator?.id).toBe('fx.usdjpy');
    expect(c.value).toBe(-2.8);
    expect(c.judgement?.verdict).toBe('matches');
  });
  it("another pair's pip is 0.0001, and pips are never an index's", () => {
    const c = claimsOf(['EUR/USD gained 40 pips.'], '2024-11-27').find((x) => x.text === '40 pips')!;
    expect(c.value).toBe(0.004);
    expect(
      claimsOf(['The Nikkei 225 gained 40 pips.'], '2024-11-27').find((x) => x.text === '40 pips')?.indicator,
    ).toBeNull();
  });
});

describe('fx-band', () => {
  it('"Euro 1.6050-1.6300" in a list of the loonie\'s crosses is no euro-dollar quote', () => {
    const cs = claimsOf(
      ['Expected ranges for the loonie against the majors today:', 'Euro 1.6050-1.6300', 'Sterling 1.8320-1.8570'],
      '2025-12-19',
    );
    expect(cs.filter((c) => c.indicator?.id === 'fx.eurusd' || c.indicator?.id === 'fx.gbpusd')).toEqual([]);
  });
  it('a euro-dollar quote near its level is still read', () => {
    expect(
      claimsOf(['The euro traded at $1.1720 on Friday.'], '2025-12-19').find((c) => c.text === '$1.1720')?.indicator
        ?.id,
    ).toBe('fx.eurusd');
  });
});

describe('cell-price-unstated', () => {
  it("a bare figure in a commodity row of a price table is its price in the unit's currency", () => {
    // EIA WTI Cushing spot: 2026-07-07 71.53, 2026-07-08 74.56; LBMA gold PM 2026-07-08 4,066.20.
    const cs = claimsOf(
      [
        {
          text: '74.56',
          context: 'Quick levels · Last · WTI (Cushing spot)',
        },
        { text: '+3.03', context: 'Quick levels · Chg · WTI (Cushing spot)' },
        { text: '4,066.20', context: 'Quick levels · Last · Gold (LBMA PM)' },
      ],
      '2026-07-08',
    );
    expect(cs.map((c) => [c.text, c.indicator?.id, c.judgement?.verdict])).toEqual([
      ['74.56', 'cmd.wti_usd', 'matches'],
      ['+3.03', 'cmd.wti_usd', 'matches'],
      ['4,066.20', 'cmd.gold_usd', 'matches'],
    ]);
    // In running text a bare number is no price.
    expect(claimsOf(['WTI traded 74.56 lots.'], '2026-07-08').find((c) => c.text === '74.56')?.indicator).toBeFalsy();
  });
});
