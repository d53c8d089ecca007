import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import { isRoundBound, isRoundJourney, significantDigits } from './round-bound';

describe('round-bound', () => {
  it('counts significant digits of a whole level', () => {
    expect(significantDigits('4000')).toBe(1);
    expect(significantDigits('52500')).toBe(3);
  });
  it('round by how the market is quoted', () => {
    expect(isRoundBound('Cable is holding above ', '1.34', 'fx')).toBe(true);
    expect(isRoundBound('Cable is holding above ', '1.3426', 'fx')).toBe(false);
    expect(isRoundBound('USD/JPY climbs above ', '157.00', 'fx')).toBe(true);
    expect(isRoundBound('the 30-year yield climbed above ', '5%', 'yield')).toBe(true);
    expect(isRoundBound('Brent crude jumped above ', '$95.40', 'commodity')).toBe(false);
  });
  it('"Gold holds above $3,300", "Nikkei tops 40,000": a round level named as a bound is a threshold', () => {
    expect(isRoundBound('Gold holds above ', '$3,300', 'commodity')).toBe(true);
    expect(isRoundBound('the index held above ', '10,423.01', 'index')).toBe(false);
    expect(idsOf(['Gold held above $3,300 an ounce on Tuesday.'], '2025-06-17')['$3,300']).toBe('-');
  });
  it('the threshold passes its subject on to the reading after it', () => {
    const c = claimsOf(['The FTSE 100 held above 10,400 at 10,423.01 on Thursday.'], '2026-01-08').find(
      (x) => x.text === '10,423.01',
    )!;
    expect(c.indicator?.id).toBe('idx.ftse100');
  });
  it("a holding's round bound is still a claim: not a market's threshold", () => {
    expect(
      idsOf(["Japan's holdings of Treasuries topped $1.2 trillion in October."], '2025-12-18')['$1.2 trillion'],
    ).toBe('jp.ust_holdings');
  });
});

describe('round-journey', () => {
  it('"went from 3,000 to 4,000": two round milestones, neither a reading', () => {
    expect(idsOf(['The KOSPI took only five months to go from 3,000 to 4,000.'], '2025-10-28')).toEqual({
      '3,000': '-',
      '4,000': '-',
    });
  });
  it('reads both ends, and leaves exact levels, currencies and yields alone', () => {
    expect(isRoundJourney('climbed from ', '3,000', ' to 4,000 in', 'index')).toBe(true);
    expect(isRoundJourney('climbed from 3,000 to ', '4,000', ' in', 'index')).toBe(true);
    expect(isRoundJourney('climbed from ', '3,012.55', ' to 4,000 in', 'index')).toBe(false);
    expect(isRoundJourney('slid from ', '$70', ' to $60 over', 'commodity')).toBe(true);
    expect(isRoundJourney('rose from ', '1.10', ' to 1.15 over', 'fx')).toBe(false);
  });
});

describe('side-of-round', () => {
  it('"on the weak side of 150 per dollar": a landmark, not the reading', () => {
    expect(idsOf(['The yen spent the session on the weak side of 150 per dollar.'], '2024-10-18')['150']).toBe('-');
    expect(isRoundBound('spent the day on the weak side of ', '150', 'fx')).toBe(true);
  });
});

describe('round-landmark-noun', () => {
  it('"Bitcoin\'s $125K Showdown", "the $125,000 mark": landmarks, not readings', () => {
    const idOf = (text: string, figure: string) => idsOf([text], '2025-10-10')[figure];
    expect(idOf("Bitcoin's $125K Showdown Ignites a Rebound", '$125K')).toBe('-');
    expect(idOf('Bitcoin also broke the $125,000 mark on Monday.', '$125,000')).toBe('-');
  });
  it('an exact level before such a word is still a reading', () => {
    expect(idsOf(['Bitcoin closed at $121,432.17, a test of its highs.'], '2025-10-10')['$121,432.17']).toBe(
      'crypto.btc_usd',
    );
  });
});

describe('brink-of', () => {
  it('"The index rose to the brink of 50,000 last Tuesday" is no reading', () => {
    const ids = idsOf(
      [
        'The Nikkei 225 set a record on Monday.',
        'The index rose to the brink of 50,000 last Tuesday as the new premier took office.',
      ],
      '2025-10-27',
    );
    expect(ids['50,000'] ?? '-').toBe('-');
  });
  it('knocking-on: "The Won: Knocking on 1,500" is a level approached, not a reading', () => {
    expect(
      idsOf(['The won weakened past 1,490 per dollar.', 'The Won: Knocking on 1,500'], '2026-05-15')['1,500'] ?? '-',
    ).toBe('-');
  });
  it('knocking-on-the-door: "the 2-year note is knocking on the door of 5% again" is a level approached', () => {
    expect(idsOf('The 2-year note is knocking on the door of 5% again.', '2024-04-16')['5%'] ?? '-').toBe('-');
  });
});

describe('broke-level', () => {
  it('"The Kospi broke 3,600 points on Friday" is a threshold crossed, not the close', () => {
    expect(
      idsOf('The Kospi broke 3,600 points on Friday, setting a new all-time high.', '2025-10-10')['3,600 points'] ??
        '-',
    ).toBe('-');
  });
});

describe('era-of', () => {
  it('"KOSPI Sets Another Record Closing High, Opening the Era of 5,000": a milestone, not the close', () => {
    expect(
      idsOf('KOSPI Sets Another Record Closing High, Opening the Era of 5,000', '2026-01-22')['5,000'] ?? '-',
    ).toBe('-');
  });
});

describe('point-landmark', () => {
  it('"A 5,000-point KOSPI Is No Longer a Dream" names a milestone, not a close', () => {
    expect(idsOf(['A 5,000-point KOSPI Is No Longer a Dream'], '2026-01-15')['5,000-point']).toBe('-');
  });
});

describe('break-question', () => {
  it('"Why did silver break $100 on Monday?" asks about a round level crossed, no reading', () => {
    expect(idsOf(['Why did silver break $100 on Monday?'], '2026-01-26').$100).toBe('-');
  });
});

describe('round-band-landmark', () => {
  it('"The Dollar-Yen 140–150 Threshold": a round band before a landmark noun is no reading', () => {
    expect(idsOf(['Why the USD/JPY 140–150 Threshold Matters for Tokyo Exporters'], '2024-06-10')['140–150']).toBe('-');
    expect(idsOf(['Why the JPY 140 Threshold Matters for Tokyo Exporters'], '2024-06-10')['JPY 140']).toBe('-');
  });
});

describe('round-band-range', () => {
  it('a market band of two round ends before "range" is no reading; a rate setting stays a claim', () => {
    expect(idsOf(['Dollar-yen, at 157.20, stays boxed in a 150–160 range.'], '2025-12-22')['150–160']).toBe('-');
    expect(idsOf(['The Fed kept its target in the 3.50%-3.75% range on Wednesday.'], '2026-01-28')['3.50%-3.75%']).toBe(
      'us.fed_funds_target_upper',
    );
  });
});

describe('round-named', () => {
  it('"A round 7,000 on the S&P 500" is a milestone, not the index', () => {
    expect(isRoundBound('A round ', '7,000', 'index')).toBe(true);
    expect(
      idsOf('A round 7,000 on the S&P 500 is the level chart watchers say they are watching.', '2026-04-29')['7,000'],
    ).toBe('-');
  });
});
