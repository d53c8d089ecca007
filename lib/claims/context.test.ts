import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf, verdictOf } from './test-engine';
import { contextOf } from '../../tests/helpers/context-of';
import type { ClaimContext } from './types';
import { fromPastLevel } from './context';

const PUB = '2025-05-23';

/** readContext for the number written `numberText` in a one-sentence text. */
function ctx(text: string, numberText: string, published = PUB): ClaimContext {
  return contextOf(text, numberText, published);
}

const kd = (c: ClaimContext) => ({ kind: c.kind, direction: c.direction });

describe('context: direction and kind', () => {
  it('"fell 3%" is a change down', () => {
    expect(kd(ctx('The Nikkei fell 3% on the day.', '3%'))).toEqual({ kind: 'change', direction: 'down' });
  });

  it('"rose 3%" is a change up; other verbs too', () => {
    expect(kd(ctx('The Nikkei rose 3% on the day.', '3%'))).toEqual({ kind: 'change', direction: 'up' });
    expect(kd(ctx('The economy contracted 0.2% in the quarter.', '0.2%'))).toEqual({
      kind: 'change',
      direction: 'down',
    });
    expect(kd(ctx('The yen weakened 1.1% against the dollar.', '1.1%'))).toEqual({ kind: 'change', direction: 'down' });
    expect(kd(ctx('Shares gained 1.2% in Tokyo.', '1.2%'))).toEqual({ kind: 'change', direction: 'up' });
    expect(kd(ctx('The index dropped 4% in early trade.', '4%'))).toEqual({ kind: 'change', direction: 'down' });
  });

  it('"closed 0.6% lower" and "ended 2% higher" are changes, the side after the figure', () => {
    const down = ctx('In Tokyo, the Nikkei closed 0.6% lower at 38,173.09.', '0.6%');
    expect([down.kind, down.direction]).toEqual(['change', 'down']);
    const up = ctx('The index ended 2% higher on the day.', '2%');
    expect([up.kind, up.direction]).toEqual(['change', 'up']);
  });

  it('move-from-to: "its retreat from the May 19 close of 4.67% to 22 basis points" is a fall of 22', () => {
    const text = 'The yield fell to 4.45%, bringing its retreat from the May 19 close of 4.67% to 22 basis points.';
    expect(kd(ctx(text, '22 basis points', '2026-05-28'))).toEqual({ kind: 'change', direction: 'down' });
    const up = 'The index rose to 6,500, extending its rebound from the April 8 low of 4,982.77 to 30%.';
    expect(kd(ctx(up, '30%', '2025-07-01'))).toEqual({ kind: 'change', direction: 'up' });
  });

  it('"rose to 4.5%" is a level', () => {
    expect(ctx('The 10-year yield rose to 4.5% on Friday.', '4.5%').kind).toBe('level');
    expect(ctx('Unemployment stood at 4.2% in April.', '4.2%')).toMatchObject({ kind: 'level', direction: null });
  });

  it('to-a-record: "rose to a record $9.1 trillion" is a level; "rose a record 4.5%" a change', () => {
    expect(ctx('Foreign holdings rose to a record $9.1 trillion in March.', '$9.1 trillion').kind).toBe('level');
    expect(ctx('Gold climbed to a fresh record $3,500 an ounce.', '$3,500').kind).toBe('level');
    expect(ctx('The index rose a record 4.5% on Friday.', '4.5%').kind).toBe('change');
  });

  it('"a 12% drop" is a change down; "a 0.8% gain" a change up', () => {
    expect(kd(ctx('The S&P 500 suffered a 12% drop.', '12%'))).toEqual({ kind: 'change', direction: 'down' });
    expect(kd(ctx('It posted a 0.8% gain.', '0.8%'))).toEqual({ kind: 'change', direction: 'up' });
    expect(kd(ctx('A 25 bp cut came in March.', '25 bp'))).toEqual({ kind: 'change', direction: 'down' });
  });

  it('"by" makes a change: "fell by 0.5 points"', () => {
    expect(kd(ctx('The index fell by 0.5 points.', '0.5 points'))).toEqual({ kind: 'change', direction: 'down' });
  });

  it('a written sign gives the direction: "-0.2%", "+1.5%"', () => {
    expect(kd(ctx('GDP -0.2% q/q, exports +1.5%.', '-0.2%'))).toEqual({ kind: 'change', direction: 'down' });
    expect(kd(ctx('GDP -0.2% q/q, exports +1.5%.', '+1.5%'))).toEqual({ kind: 'change', direction: 'up' });
  });

  it('"accounts for 18% of" is a share', () => {
    expect(ctx('Japan accounts for 18% of foreign holdings.', '18%').kind).toBe('share');
    expect(ctx('The U.S. took 19% of all Japanese exports.', '19%').kind).toBe('share');
  });

  it('"the BOJ\'s 2% target" is a target', () => {
    expect(ctx("Prices stayed above the BOJ's 2% target.", '2%').kind).toBe('target');
    expect(ctx('Inflation ran above the 2% inflation target.', '2%').kind).toBe('target');
  });

  // Engine bug: a points figure with a direction word is always read as a change, even after
  // "to" ("declined to 38,000 points" is the level the index reached, as "rose to 4.5%" is).
  it('"declined to 36,000 points" is a level, not a change', () => {
    expect(ctx('The Nikkei declined to 36,000 points.', '36,000 points').kind).toBe('level');
  });
});

describe('context: hypotheticals and forecasts', () => {
  it('"would erase $113 billion" is hypothetical', () => {
    expect(ctx('A sell-off would erase $113 billion from the holdings.', '$113 billion').hypothetical).toBe(true);
    expect(ctx('If tariffs rise to 25%, exports suffer.', '25%').hypothetical).toBe(true);
  });

  it('"economists expect 3%" is a forecast', () => {
    expect(ctx('Economists expect 3% growth this year.', '3%').hypothetical).toBe(true);
    expect(ctx('Analysts forecast the rate at 0.75% by December.', '0.75%').hypothetical).toBe(true);
    // A later year than the article's is a forecast too.
    expect(ctx('The Fed ends 2026 at 3.25%.', '3.25%').hypothetical).toBe(true);
  });

  it('plain statements of fact are not hypothetical', () => {
    expect(ctx('Japan held $1.13 trillion of Treasuries in February.', '$1.13 trillion').hypothetical).toBe(false);
    expect(ctx('The index fell 3% this week.', '3%').hypothetical).toBe(false);
    expect(ctx('The Fed ended 2024 at 4.5%.', '4.5%').hypothetical).toBe(false);
  });

  it('the period comes with the context', () => {
    expect(ctx('The index fell 3% this week.', '3%').period).toMatchObject({
      type: 'span',
      from: '2025-05-18',
      to: PUB,
    });
    expect(ctx('The index fell 3% in four days.', '3%')).toMatchObject({
      kind: 'change',
      period: { type: 'window', sessions: 4 },
    });
  });
});

describe('context: from a past level', () => {
  it('since-a-day: "shed 29.9% since January 2" is a distance from that day\'s level, which may be intraday', () => {
    expect(fromPastLevel(' since January 2, when it changed hands near $89,426')).toBe(true);
    expect(fromPastLevel(' since 8 October')).toBe(true);
    expect(fromPastLevel(' above its April 8 close')).toBe(true);
    expect(fromPastLevel(' off its April 7 low, though')).toBe(true);
    expect(fromPastLevel(' lower than on Jan. 2, when')).toBe(true);
    // A month alone or a year is a span of closes, not a level on one day.
    expect(fromPastLevel(' since October')).toBe(false);
    expect(fromPastLevel(' since 2020')).toBe(false);
  });
});

describe('list-shared-period', () => {
  it('"up 7.5% and 7.6%, respectively, since the last session of 2025": both figures share the period', () => {
    const text = 'The Nikkei 225 and the TOPIX are up 7.5% and 7.6%, respectively, since the last session of 2025.';
    expect(ctx(text, '7.5%', '2026-01-16').period).toMatchObject({ from: '2025-12-31', to: '2026-01-16' });
    // A figure with a verb and subject of its own between keeps none: "rose 0.3% and the Nasdaq fell 1.5% on Tuesday".
    expect(ctx('The S&P 500 rose 0.3% and the Nasdaq fell 1.5% on Tuesday.', '0.3%').period).toBeNull();
  });
});

describe('list-of-three', () => {
  it('"up 4.1%, 6.2% and 2.9% in 2025, respectively": the first of three bare figures shares the period too', () => {
    const text = 'The CAC 40, the DAX and the FTSE 100 are up 4.1%, 6.2% and 2.9% in 2025, respectively.';
    expect(ctx(text, '4.1%', '2025-06-20').period).toMatchObject({ type: 'point', period: '2025' });
    expect(ctx(text, '6.2%', '2025-06-20').period).toMatchObject({ type: 'point', period: '2025' });
  });
});

describe('market-view-clause', () => {
  it('"is 3.5% after the March cut, and futures put even odds on a move on May 7": the date is the clause\'s', () => {
    const text = 'The policy rate is 3.5% after the March cut, and futures put even odds on a move on May 7.';
    expect(ctx(text, '3.5%', '2025-04-20').period).toBeNull();
  });
});

describe('direction-fillers: "lowered the policy rate by a full 100 basis points" is a cut', () => {
  it('small words do not use up the reach of "lowered"', () => {
    const s = 'Three reductions lowered the Fed policy rate by a full 100 basis points over the final months of 2024.';
    expect(verdictOf(s, '100 basis points', '2025-06-18')).toBe('matches');
  });
});

describe('clause-after', () => {
  it('a day named in a new clause after the figure does not date it', () => {
    const text =
      'USD/CAD closed Thursday at 1.3991, up 0.1%, as traders priced another Bank of Canada cut on Wednesday.';
    const c = claimsOf([text], '2025-10-24').find((x) => x.text === '0.1%');
    expect(c?.period?.label).not.toBe('Wednesday');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('annual-pace', () => {
  it('"shrank at an annualized rate of 1.8%" is a contraction of 1.8%', () => {
    const text = "Preliminary data showed Japan's economy shrank at an annualized rate of 1.8% over the third quarter.";
    const c = claimsOf([text], '2025-11-17').find((x) => x.text === '1.8%');
    expect(c?.indicator?.id).toBe('jp.gdp_growth_annualized');
    expect(c?.value).toBe(-1.8);
    expect(c?.judgement?.verdict).toBe('matches');
  });

  it('"contracted at an annual pace of 2.3 percent" is the annualized rate', () => {
    const text = "On revised data, Japan's economy contracted at an annual pace of 2.3 percent over the third quarter.";
    expect(claimsOf([text], '2025-12-08').find((x) => x.text === '2.3 percent')?.indicator?.id).toBe(
      'jp.gdp_growth_annualized',
    );
  });
});

describe('side-after-wins', () => {
  it('"gave up an early gain to close 0.27% lower": the side after the figure is its own', () => {
    const ctx = contextOf('The index gave up an early gain to close 0.27% lower at 6,022.24.', '0.27%', '2025-06-11');
    expect(ctx.direction).toBe('down');
  });
});

describe('easing-of', () => {
  it('"50 basis points of easing" is a cut: a move down', () => {
    const [c] = claimsOf('The RBA cash rate has seen 50 basis points of easing so far this year.', '2025-05-20');
    expect(c?.indicator?.id).toBe('au.rba_cash_rate');
    expect(c?.value).toBe(-0.5);
  });
});

describe('bank-named-target', () => {
  it('"prices run above the 2% Bank of Japan target rate" is the inflation goal; "the 4.5% Fed target rate" is not', () => {
    expect(contextOf('Core prices run well above the 2% Bank of Japan target rate.', '2%', '2025-07-17').kind).toBe(
      'target',
    );
    expect(contextOf('Banks price loans off the 4.5% Federal Reserve target rate.', '4.5%', '2025-03-20').kind).toBe(
      'level',
    );
  });
});

describe('month-possessive-level', () => {
  it('"down from March\'s 2.8%" is the level the reading came down from, not a fall of 2.8%', () => {
    const ctx = contextOf("That was down from March's 2.8% and below forecasts.", '2.8%', '2025-05-13');
    expect(ctx.kind).toBe('level');
    const prev = contextOf("Inflation eased to 2.4%, slowing from the previous month's 2.8%.", '2.8%', '2025-05-13');
    expect(prev.kind).toBe('level');
  });
});

describe('named-move-noun', () => {
  it('"the 9% Topix slump" is the index\'s move, not a level of the rate the sentence names', () => {
    const ctx = contextOf(
      'Rate hikes have rattled stocks before, recalling the 9% Topix slump after the 2024 hike.',
      '9%',
      '2025-11-10',
    );
    expect(ctx.kind).toBe('change');
    expect(ctx.direction).toBe('down');
  });
  it('numbered-name, headline-noun: "Futures Give Back Part of Wednesday\'s 9.52% S&P 500 Surge" is a rise', () => {
    const c = claimsOf(
      "Futures Give Back Part of Wednesday's 9.52% S&P 500 Surge; Nasdaq Soared 12.16%",
      '2025-04-10',
      '2025-04-10T11:10:00.000Z',
    ).find((x) => x.text === '9.52%');
    expect(c?.kind).toBe('change');
    expect(c?.value).toBeCloseTo(9.52);
  });
});

describe('plus-points and restated-share', () => {
  it('"VIX · 15.74 · +0.33" under "Week": a plus sign on a bare number is a move', () => {
    const c = claimsOf([{ text: '+0.33', context: 'Weekly scorecard · Week · VIX' }], '2025-12-12')[0];
    expect(c?.kind).toBe('change');
  });
  it('"shed 1.67 points, or 1.6%, for the week": the restated figure shares the period', () => {
    const [pts] = claimsOf(
      'The dollar index fell to 99.80. It shed 1.67 points, or 1.6%, for the week.',
      '2026-07-31',
    ).filter((x) => x.text === '1.67 points');
    expect(pts?.period?.type).toBe('span');
  });
});

describe('by-a-combined and the-pair', () => {
  it('"lowered its benchmark rate by a combined 75 basis points" is a cut', () => {
    const c = claimsOf(
      'The Fed has lowered its benchmark rate by a combined 75 basis points at its last three meetings.',
      '2026-01-09',
    ).find((x) => x.text === '75 basis points');
    expect(c?.value).toBe(-0.75);
  });
  it('"The pair is up about 1.5%" after "the yen" moves the pair itself', () => {
    const c = claimsOf(
      ['The yen weakened to 156.10 per dollar on Wednesday.', 'The pair is up about 1.5% since the end of 2025.'],
      '2026-05-20',
    ).find((x) => x.text === '1.5%');
    expect(c?.indicator?.id).toBe('fx.usdjpy');
    expect(c?.value).toBe(1.5);
  });
});

describe('signed-points', () => {
  it('"Dow · 48,488.59 · −870.74" under "Points": a minus sign on a bare number is a move', () => {
    const c = claimsOf(
      [{ text: '−870.74', context: 'Major indexes at the close · Points · Dow Jones Industrial Average' }],
      '2026-01-20',
    )[0];
    expect(c?.kind).toBe('change');
    expect(c?.value).toBe(-870.74);
  });
});

describe('jobs-lost', () => {
  it('"after the 4,000 jobs lost in August" is a loss of 4,000', () => {
    const c = claimsOf(
      'Payrolls grew by 119,000 in September, a turnaround after the 4,000 jobs lost in August.',
      '2025-11-20',
    ).find((x) => x.text === '4,000');
    expect(c?.indicator?.id).toBe('us.nonfarm_payrolls');
    expect(c?.value).toBe(-4000);
  });
});

describe('when-it-stood and removed', () => {
  // Stored USD/CNY: 6.9931 on 2025-12-31.
  it('"since the end of 2025, when it fetched 6.9931" is the level on the span\'s first day', () => {
    const c = claimsOf(
      'The greenback has lost 2.5% against the yuan since the end of 2025, when it fetched 6.9931.',
      '2026-04-16',
    ).find((x) => x.text === '6.9931');
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('"has removed 200 bp from the rate" is a cut', () => {
    const c = claimsOf('The ECB has removed 200 bp from its deposit rate since June 2024.', '2025-07-24').find(
      (x) => x.text === '200 bp',
    );
    expect(c?.value).toBe(-2);
  });
});

describe('reduction-of', () => {
  it('"a reduction of 25 basis points" is a move down', () => {
    const cs = claimsOf(
      [
        'The PBOC lowered the one-year loan prime rate to 3.1 per cent from 3.35 per cent, a reduction of 25 basis points.',
      ],
      '2024-10-21',
    );
    expect(cs.find((c) => c.text === '25 basis points')?.value).toBe(-0.25);
    expect(cs.filter((c) => c.judgement?.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('when-after-move', () => {
  it('"up 80 basis points since Sept. 18, when it ended at 3.70%" dates the level by the move’s phrase', () => {
    const s = (v: string) =>
      `The 10-year Treasury yield has climbed 80 basis points since Sept. 18, when it ended at ${v}.`;
    expect(verdictOf(s('3.70%'), '3.70%', '2024-12-18')).toBe('matches');
    expect(verdictOf(s('3.80%'), '3.80%', '2024-12-18')).toBe('differs');
  });
});

describe('move-noun after a basis word', () => {
  it('"a 2.3% annualized contraction" is a fall', () => {
    const cs = claimsOf(["Japan's economy shrank in July-September, a 2.3% annualized contraction."], '2025-12-22');
    expect(cs.find((c) => c.text === '2.3%')?.value).toBe(-2.3);
  });
});

describe('clause-after without a comma, and list-shared not past a clause', () => {
  it('"fell 0.65% to 100.43 as Moody’s downgrade late Friday weighed": Friday dates the downgrade', () => {
    const cs = claimsOf(
      ["The dollar index fell 0.65% to 100.43 as Moody's downgrade late Friday weighed."],
      '2025-05-19',
    );
    expect(cs.find((c) => c.text === '100.43')?.period ?? null).toBeNull();
  });
  it('"slipped 12.33 points, or 0.05%, as softer April data weighed": April is not the move’s', () => {
    const cs = claimsOf(
      ['The Hang Seng index slipped 12.33 points, or 0.05%, as softer April data weighed.'],
      '2025-05-19',
    );
    expect(cs.map((c) => c.period)).toEqual([null, null]);
  });
  it('"as recently as February" still dates the level', () => {
    const cs = claimsOf(["China's Treasury holdings stood at $784.3 billion as recently as February."], '2025-11-18');
    expect(cs[0]?.period).toMatchObject({ type: 'point', period: '2025-02' });
  });
  it('"Gold’s price in London was fixed at" is no market pricing-in', () => {
    const cs = claimsOf(["Gold's price in London was fixed at $4,039.75 an ounce."], '2026-07-13');
    expect(cs[0]?.indicator?.id).toBe('cmd.gold_usd');
  });
});

describe('targets-verb', () => {
  it('"the Fed targets annual inflation at 2%" states the target, not the policy rate', () => {
    const cs = claimsOf(['As a rule the Fed targets annual inflation at 2%.'], '2026-01-13');
    expect(cs.find((c) => c.text === '2%')?.indicator?.id ?? null).not.toBe('us.fed_funds_target_upper');
  });
});

describe('span-start-in-brackets and aim-for-inflation', () => {
  it('"29 basis points above where it started the year (4.18%)": the bracket holds the start’s level', () => {
    const cs = claimsOf(
      ['The 10-year Treasury yield is still 29 basis points above where it started the year (4.18%).'],
      '2026-06-16',
    );
    expect(cs.find((c) => c.text === '4.18%')?.period).toMatchObject({ from: '2025-12-31', to: '2025-12-31' });
  });
  it('"has long aimed to hold inflation at about 2%" states the target, not the policy rate', () => {
    const cs = claimsOf(['The Federal Reserve has long aimed to hold inflation at about 2%.'], '2025-10-24');
    expect(cs[0]?.indicator?.id ?? null).not.toBe('us.fed_funds_target_upper');
  });
});

describe('compared-level-clause', () => {
  it('"to 2,926.38, just shy of its March 4, 2024 closing record": the date is the record\'s', () => {
    const text = 'The gauge rose 3.2% to 2,926.38, just shy of its March 4, 2024 closing record of 2,929.17.';
    expect(ctx(text, '2,926.38', '2025-07-23').period).toBeNull();
    // Without the comma the distance is measured from that day: "9.3% below its March 13 record".
    expect(ctx('The token is 9.3% below its March 13 record.', '9.3%', '2024-05-15').period).not.toBeNull();
  });
});

describe('ended-year-at', () => {
  it('"below where it ended 2024, at 39,894.54": the level is that year\'s last close', () => {
    const text = 'The index is 0.2 percent below where it ended 2024, at 39,894.54.';
    expect(ctx(text, '39,894.54', '2025-07-18').period).toMatchObject({ type: 'span', to: '2024-12-31' });
  });
});

describe('than-past-time', () => {
  it('"N basis points less than at the end of 2024" is a fall; "more than" a rise', () => {
    const v = (s: string) => claimsOf(s, '2025-06-17').find((c) => c.text === '19 basis points')!.value;
    expect(v('The 10-year note yields 19 basis points less than at the end of 2024.')).toBe(-0.19);
    expect(v('The 10-year note yields 19 basis points more than at the end of 2024.')).toBe(0.19);
  });
  it('"more than expected" is no past time', () => {
    expect(contextOf('Sales came in 3% more than expected.', '3%', '2025-06-17').direction ?? null).toBeNull();
  });
});

describe('report-clause', () => {
  it('a later ", and the ... figures, for August, showed" clause does not date the figure before it', () => {
    const c = contextOf(
      "The Fed's target range stands at 4.00%-4.25% ahead of next week's meeting, and the most recent price data, for August, showed a pickup.",
      '4.00%-4.25%',
      '2025-10-21',
    );
    expect(c.period).toBeNull();
  });
});

describe('side-after: stronger and weaker', () => {
  it('"the euro 2.9% stronger" is a rise, "3% weaker" a fall', () => {
    expect(
      contextOf('That leaves the euro 2.9% stronger than at the end of 2024.', '2.9%', '2025-03-05').direction,
    ).toBe('up');
    expect(contextOf('The yen closed the week 3% weaker.', '3%', '2025-03-05').direction).toBe('down');
  });
});

describe('from-past-level, that-peak, money, list-shares-side', () => {
  it('"$6.03 below that peak": a sum of money below a past level is a fall', () => {
    expect(fromPastLevel(' below that peak.')).toBe(true);
    const c = claimsOf(['Brent touched $80.37 on Thursday and is now $6.03 below that peak.'], '2025-06-23').find(
      (x) => x.text === '$6.03',
    )!;
    expect(c.value).toBe(-6.03);
  });
  it('not "roughly $30 below its late-May levels", a rough gap to a vague past level', () => {
    const c = claimsOf(['That leaves Brent roughly $30 below its late-May levels.'], '2025-06-23').find(
      (x) => x.text === '$30',
    );
    expect(c?.indicator ?? null).toBeNull();
  });
  it('"3.5% and 8.1% below their ...": the first figure of the list is on the same side', () => {
    expect(fromPastLevel(' and 8.1% below their final closes')).toBe(true);
  });
});

describe('under-past-level', () => {
  it('"19.8% under its record": a distance below, like "below"', () => {
    expect(fromPastLevel(' under its record of $5,405 set on Jan. 29')).toBe(true);
    const c = claimsOf(['Gold sits 19.8% under its record of $5,405 set on Jan. 29.'], '2026-06-02').find(
      (x) => x.text === '19.8%',
    )!;
    expect(c.direction).toBe('down');
  });
});

describe('clause-after-with', () => {
  it('"edged up to 4.4%, with July–August payrolls revised down": the with-clause\'s months are not the rate\'s', () => {
    const c = claimsOf(
      ['The jobless rate edged up to 4.4%, with July–August payrolls revised down by about 33,000.'],
      '2025-11-20',
    ).find((x) => x.text === '4.4%')!;
    expect(c.period).toBeNull();
  });
});

describe('than-past-level', () => {
  it('"39 basis points higher than its close on decision day" is a distance from a past level', () => {
    expect(fromPastLevel(' higher than its close on decision day')).toBe(true);
    // Stored 10-year yield: 4.06 on 2024-10-09, 4.09 on 2024-10-10.
    const cs = claimsOf(
      [
        'The 10-year yield ended at 4.09%, up 3 basis points on the day and 39 basis points higher than its close on decision day.',
      ],
      '2024-10-10',
    );
    expect(cs.find((c) => c.text === '39 basis points')?.judgement?.verdict).not.toBe('inconsistent');
  });
});

describe('since-extreme', () => {
  it('"climbed 58% since its low on April 7": measured from an hour\'s price, a gap is a question', () => {
    expect(fromPastLevel(' since its low on April 7, when it stood at 30,793')).toBe(true);
    const s = 'The Nikkei 225 has climbed 58% since its low on April 7, when it stood at 30,793 points.';
    expect(verdictOf(s, '58%', '2025-10-06')).toBe('check');
  });
});

describe('list-tail-over-lead', () => {
  // Stored S&P 500 for the week to 2026-02-06: −0.10%; Nasdaq −1.84%.
  it('"Despite Friday\'s gains, the S&P 500 was down 0.1% and the Nasdaq 1.8% for the week": the list\'s tail dates both', () => {
    const s = 'Despite the rally on Friday, the S&P 500 ended down 0.1% and the Nasdaq 1.8% for the week.';
    expect(verdictOf(s, '0.1%', '2026-02-06')).toBe('matches');
  });
});

describe('when-it-ended-on-a-day', () => {
  // Stored Nikkei 225: 40,003.60 on Tuesday 2024-03-19.
  it('"first closed above 40,000 only on Tuesday, when it ended at 40,003.60" is Tuesday\'s close', () => {
    const s = 'The Nikkei 225 first closed above 40,000 only on Tuesday, when it ended at 40,003.60.';
    expect(verdictOf(s, '40,003.60', '2024-03-22')).toBe('matches');
  });
});

describe('causative-move', () => {
  // Stored S&P 500: 5,881.63 on 2024-12-31, 6,890.89 on 2025-10-28 (+17.16%).
  it('"has lifted the benchmark S&P 500 17.2% since the start of the year" is a move up', () => {
    const s = 'The run of highs has lifted the benchmark S&P 500 17.2% since the start of the year.';
    const c = claimsOf([s], '2025-10-28').find((x) => x.text === '17.2%');
    expect(c?.indicator?.id).toBe('idx.sp500');
    expect(c?.value).toBe(17.2);
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('"dragged the Nasdaq Composite 1.2%" is a move down', () => {
    const c = claimsOf(['Chip selling dragged the Nasdaq Composite 1.2% on Monday.'], '2025-10-28').find(
      (x) => x.text === '1.2%',
    );
    expect(c?.value).toBe(-1.2);
  });
});

describe('day-possessive-level', () => {
  // Stored KOSPI: 3,344.20 on 2025-09-11, 3,395.54 on 2025-09-12.
  it('"up from Thursday\'s 3,344.20" is Thursday\'s level, not a move of 3,344.20 points', () => {
    const s = "The KOSPI gained 51.34 points, or 1.54 percent, to finish at 3,395.54, up from Thursday's 3,344.20.";
    expect(verdictOf(s, '3,344.20', '2025-09-12')).toBe('matches');
  });
});

describe('missing-figure-clause', () => {
  it('"climbed to 4.6%, and no October rate was ever compiled": October dates nothing', () => {
    expect(
      contextOf('The jobless rate climbed to 4.6%, and no October rate was ever compiled.', '4.6%', '2025-12-16')
        .period,
    ).toBeNull();
    expect(
      verdictOf('The jobless rate climbed to 4.6%, and no October rate was ever compiled.', '4.6%', '2025-12-16'),
    ).not.toBe('unverifiable');
  });
});

describe('having-clause', () => {
  it('"at 2.546%, having risen to a high on Wednesday of 2.632%": Wednesday dates the high, not 2.546%', () => {
    const s =
      'The Bund yield was down 3.5 basis points at 2.546%, having risen to a six-week high on Wednesday of 2.632%.';
    expect(contextOf(s, '2.546%', '2025-07-04').period).toBeNull();
  });
});

describe('topping-clause', () => {
  it('"to 6,445.76, topping the closing high it set on July 28": July 28 dates the old high, not the close', () => {
    const s = 'The S&P 500 rose 1.13% to 6,445.76, topping the closing high it set on July 28.';
    expect(contextOf(s, '6,445.76', '2025-08-12').period).toBeNull();
  });
});

describe('topping-clause: clearing', () => {
  it('"to 6,297.36, clearing the closing high set on July 10" is today\'s close', () => {
    const s = 'The S&P 500 rose 0.54% to 6,297.36, clearing the closing high it set on July 10.';
    expect(contextOf(s, '6,297.36', '2025-07-17').period).toBeNull();
  });
});

describe('by-clause', () => {
  it('"the Nasdaq slipped 0.6%, held back by the selloff on Tuesday": Tuesday dates the selloff', () => {
    const s =
      'For the week, the Dow gained 1.5% while the Nasdaq slipped 0.6%, held back by a chip selloff on Tuesday.';
    expect(contextOf(s, '0.6%', '2025-08-22').period?.label).not.toBe('Tuesday');
  });
});

describe('nearest-clause', () => {
  it('"jumped 729.05 points to a record close, topping the high it set on Wednesday, after GDP beat forecasts"', () => {
    const s =
      'The Nikkei 225 jumped 729.05 points to a record close, topping the high it set on Wednesday, after GDP data beat forecasts.';
    expect(contextOf(s, '729.05 points', '2025-08-15').period?.label).not.toBe('Wednesday');
  });
});

describe('should-see: "BTC Should See $120,000 By End Of Week" is what an analyst expects', () => {
  it('is not marked', () => {
    const s = "Analyst Says BTC Should See $120,000 By End Of Week If 'All Goes To Plan'";
    expect(claimsOf(s, '2025-09-17').find((c) => c.text === '$120,000')?.indicator ?? null).toBeNull();
  });
});

describe('after-phrase: a verb before "after" moves the main clause, not the figure after it', () => {
  it('"Wall Street slides after 143,000 January jobs gain" is a gain', () => {
    expect(
      claimsOf('Wall Street slides after 143,000 January jobs gain', '2025-02-07').find((c) => c.text === '143,000')
        ?.value,
    ).toBe(143000);
  });
});

describe("record-day-before: a record's day dates the record, not a figure past it", () => {
  it('"the DAX is retesting its historic highs from October 9/10, and the E-Stoxx50 (+1.2% at 5,860) is smashing its previous records from November 12/13"', () => {
    const s =
      "Germany's DAX is retesting its historic highs from October 9/10, and the E-Stoxx50 (+1.2% at 5,860) is smashing its previous records from November 12/13.";
    expect(verdictOf(s, '5,860', '2026-01-02')).not.toBe('differs');
    expect(claimsOf(s, '2026-01-02').find((c) => c.text === '5,860')?.period).toBeNull();
  });
});

describe('colon-preamble: a period before a colon frames the lead; the clause after it dates itself', () => {
  it('"swung hard this year: U.S. crude (WTI) sank $4.58, or 5.7%, to $79.80 a barrel on Tuesday"', () => {
    const s =
      'Energy prices have swung hard this year: U.S. crude (WTI) sank $4.58, or 5.7%, to $79.80 a barrel on Tuesday.';
    expect(ctx(s, '$4.58', '2026-06-16').period).toBeNull();
    expect(verdictOf(s, '5.7%', '2026-06-16')).toBe('matches');
  });
  it('with no later date, the lead\'s period stands: "This year: WTI has gained 39.4%"', () => {
    expect(ctx('This year: WTI has gained 39.4%.', '39.4%', '2026-06-16').period?.label).toBe('year-to-date');
  });
});

describe('proposal-before and chance-that: what is proposed or priced is not a rate in force', () => {
  it('"Campaign proposals included a universal tariff of 10% to 20%"', () => {
    expect(
      claimsOf('Campaign proposals included a universal tariff of 10% to 20%.', '2024-11-07').find(
        (c) => c.text === '10% to 20%',
      )?.indicator ?? null,
    ).toBeNull();
  });
  it('"a 95% chance that policymakers lift the deposit rate to 2.25%"', () => {
    const s = 'Swaps price a 95% chance that policymakers lift the deposit rate to 2.25% in July.';
    expect(claimsOf(s, '2025-06-02').find((c) => c.text === '2.25%')?.indicator ?? null).toBeNull();
  });
  it("odds in a clause of their own leave the next clause's figure alone", () => {
    const s = 'With the odds of a December cut at 80%, the 2-year yield fell to 3.5%.';
    expect(claimsOf(s, '2025-06-02').find((c) => c.text === '3.5%')?.indicator?.id).toBe('us.ust_2y_yield');
  });
});

describe('off-the-level', () => {
  it('"a touch below June\'s 3.5% and well off the 4.2% reached in May": a level, not a 4.2% fall', () => {
    const c = claimsOf(
      [
        "U.S. consumer prices were up 3.4% in the year to July, a touch below June's 3.5% and well off the 4.2% reached in May.",
      ],
      '2026-08-14',
    ).find((x) => x.text === '4.2%')!;
    expect(c.value).toBe(4.2);
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('building-on-clause', () => {
  it('"the Dow added 3.9%, building on a strong March" is dated by its own clause\'s month, not March', () => {
    const c = claimsOf(
      ['The S&P 500 rose 4.1% in April and the Dow added 3.9%, building on a strong March.'],
      '2026-04-30',
    ).find((x) => x.text === '3.9%');
    expect(c?.period?.type === 'point' ? c.period.period : c?.period?.type === 'span' ? c.period.to : null).not.toBe(
      '2026-03',
    );
  });
});

describe('inflation-target-range', () => {
  it('"inflation is running inside the bank\'s target range of 1–3%" is an aim for inflation, not the Fed\'s range', () => {
    const ids = idsOf(['Inflation is running inside the bank’s target range of 1–3%.'], '2025-09-26');
    expect(ids['1–3%']).not.toBe('us.fed_funds_target_upper');
  });
});

describe('own-move-clause', () => {
  it('"over the past month ... has shed 24.4%, and its loss for 2026 ..." keeps the month for 24.4%', () => {
    const s = 'Over the past month the coin has shed 24.4%, and its loss for 2026 has widened to 30.1%.';
    expect(contextOf(s, '24.4%', '2026-06-05').period).toMatchObject({ type: 'span', from: '2026-05-05' });
  });
});

describe('list-shared-period-clause', () => {
  // Stored: 2-year yield 4.20 on 2026-08-12; Nasdaq Composite +0.54% that day.
  it('"... Dips to 4.20% and Nasdaq Gains 0.54% as September Cut Odds Jump": September is the odds\' month', () => {
    const s = 'Two-Year Yield Slips to 4.20% and Nasdaq Adds 0.54% as September Cut Bets Build';
    expect(verdictOf(s, '0.54%', '2026-08-12')).toBe('matches');
    expect(verdictOf(s, '4.20%', '2026-08-12')).toBe('matches');
  });
});

describe('within-of-record', () => {
  it('"within 2% of its all-time peak" is a distance from the peak: a question, never red', () => {
    expect(fromPastLevel(' of its all-time peak recorded in late 2025')).toBe(true);
    const s = 'Asian shares rallied, with the Nikkei 225 climbing to within 2% of its all-time peak set in late 2025.';
    expect(verdictOf(s, '2%', '2026-01-10')).not.toBe('differs');
  });
});

describe('when-name-reached', () => {
  it('"topped out on April 7, when Brent reached $138.21": the day named before "when" dates the level', () => {
    expect(verdictOf('Both grades topped out on April 7, when Brent reached $138.21.', '$138.21', '2026-04-14')).toBe(
      'matches',
    );
  });
});

describe('plural-move-of', () => {
  it('"posted declines of 12.5% and 6.2%, respectively" are two moves', () => {
    const ids = idsOf('Brent and WTI posted declines of 12.5% and 6.2%, respectively.', '2026-05-09');
    expect([ids['12.5%'], ids['6.2%']]).toEqual(['cmd.brent_usd', 'cmd.wti_usd']);
  });
});

describe('contracted-at', () => {
  it('"U.S. Economy Shrinks at 0.3% Annualized Rate" is a contraction: -0.3', () => {
    const [c] = claimsOf(['U.S. Economy Shrinks at 0.3% Annualized Rate in First Quarter'], '2025-04-30');
    expect(c?.value).toBe(-0.3);
  });
});

describe('level-it-moved-to', () => {
  // Stored KOSPI: 2,441.55 on 2024-08-05.
  it('"from the 2,441.55 it sank to in the Aug. 5 rout" is the level reached that day, not a move', () => {
    const s = 'Seoul stocks rose. The KOSPI is 9% above the 2,441.55 it sank to in the Aug. 5 rout.';
    expect(verdictOf(s, '2,441.55', '2024-08-20')).toBe('matches');
  });
});

describe('close-to-clause and and-new-clause', () => {
  // New York noon rates, 2026-01-15: USD/JPY 158.50, USD/CNY 6.966.
  const t =
    'The yen weakened to 158.50 per dollar, close to the zone where Tokyo intervened in 2024, and the yuan firmed to 6.966 per dollar.';
  it('a year in a "close to the zone where ..." clause does not date the level before it', () => {
    const c = claimsOf([t], '2026-01-15').find((x) => x.text === '158.50')!;
    expect(c.period ?? null).toBeNull();
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('nor the level of the next clause, after ", and the yuan firmed to"', () => {
    const c = claimsOf([t], '2026-01-15').find((x) => x.text === '6.966')!;
    expect(c.period ?? null).toBeNull();
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('tenor-subject: ", and the 10-year closed at 4.45%" is not dated by "this year" in the clause before', () => {
    const text =
      'The two-year yield rose 7 basis points to 3.95%, close to the top of its range this year, and the 10-year closed at 4.45%.';
    const c = claimsOf([text], '2026-05-05', '2026-05-05T13:52:00.000Z').find((x) => x.text === '4.45%')!;
    expect(c.period ?? null).toBeNull();
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('and-subject-clause', () => {
  it('"February payrolls fell by 92,000, and December was revised to a loss of 17,000": 92,000 is February\'s', () => {
    const c = claimsOf(
      ['February payrolls fell by 92,000, and December was revised to a loss of 17,000.'],
      '2026-03-09',
    ).find((x) => x.text === '92,000');
    expect(c?.period).toEqual(expect.objectContaining({ type: 'point', period: '2026-02' }));
  });
});

describe('chance-at', () => {
  it('"put the chance of an LPR cut at Monday\'s fixing at about 15%" is odds, not the LPR', () => {
    expect(
      idsOf("Traders put the chance of an LPR cut at Monday's fixing at about 15%.", '2026-04-16')['15%'] ?? '-',
    ).toBe('-');
  });
  it("nor when another figure stands between the odds' words and the figure", () => {
    const s = "Futures traders put the chance of a 10 basis point LPR cut at Monday's fixing at about 15%.";
    expect(idsOf(s, '2026-04-16')['15%'] ?? '-').toBe('-');
  });
});

describe('contraction-to', () => {
  // us.gdp_growth_saar 2025-Q1 third estimate -0.5 (2025-06-26, data/facts.csv).
  it('"U.S. GDP Contraction Deepens to 0.5% in Final Q1 Read" is a fall of 0.5%', () => {
    const c = claimsOf('U.S. GDP Contraction Deepens to 0.5% in Final Q1 Read', '2025-06-26').find(
      (x) => x.text === '0.5%',
    );
    expect(c?.value).toBe(-0.5);
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
