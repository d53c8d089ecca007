import { describe, expect, it } from 'vitest';
import { analyze, verdictOf, wordsOf } from './checks.fixture';
import { claimsOf } from '../test-engine';

describe('one-value: one figure, one value', () => {
  it('the same close given twice with different values: the one the dataset contradicts is blamed', () => {
    const cs = analyze([
      'The S&P 500 closed at 6,850.92 on Friday.',
      'By the final bell the S&P 500 stood at 6,805.92.',
    ]);
    expect(verdictOf(cs, '6,805.92')).toBe('inconsistent');
    expect(wordsOf(cs, '6,805.92')).toEqual(['6,805.92 here, 6,850.92 elsewhere in the article, for the same figure']);
    expect(verdictOf(cs, '6,850.92')).not.toBe('inconsistent');
  });

  it("other-time-undated: a level in a sentence about another month is not the day's figure stated again", () => {
    // Stored 10-year: 4.61 on 2026-05-18.
    const cs = claimsOf(
      [
        'The 10-year Treasury yield ended Monday at 4.61%.',
        'Across March, the 10-year yield had climbed from 3.97% to 4.30%.',
      ],
      '2026-05-18',
    );
    expect(cs.find((c) => c.text === '4.30%')?.judgement?.verdict).not.toBe('inconsistent');
  });

  it("from-a-past-level: a move measured from last year's final price is not the day's move stated again", () => {
    const cs = claimsOf(
      [
        'Gold was fixed at $4,456.40 an ounce, up 2.38% on Monday.',
        'Gold is up 2.0% from the last 2025 auction, $4,367.',
      ],
      '2026-01-05',
    );
    expect(cs.find((c) => c.text === '2.0%')?.judgement?.verdict).not.toBe('inconsistent');
    expect(cs.find((c) => c.text === '$4,367')?.judgement?.verdict).not.toBe('inconsistent');
  });

  it("two-sessions-together (periods.ts): a two-session loss is not the day's move stated again", () => {
    // Stored Nikkei 225: 35,909.70 on 2024-08-02, 31,458.42 on 2024-08-05 (-12.40%).
    const cs = claimsOf(
      [
        'The Nikkei 225 plunged 12.40% to 31,458.42 on Monday.',
        'Over Friday and Monday together the Nikkei has given up 17.5%.',
      ],
      '2024-08-05',
    );
    expect(cs.find((c) => c.text === '17.5%')?.judgement?.verdict).not.toBe('inconsistent');
  });

  it('day-after-move-from (periods.ts): the day before\'s "from 52.33 to 33.62" is not the close stated again', () => {
    // Stored VIX: 33.62 on 2025-04-09, 40.72 on 2025-04-10.
    const cs = claimsOf(
      [
        'The Cboe Volatility Index closed back above 40 one session after its steepest drop on record.',
        'The Cboe Volatility Index rose 21.1% to 40.72, a day after it collapsed from 52.33 to 33.62.',
      ],
      '2025-04-10',
    );
    for (const t of ['40', '40.72', '33.62'])
      expect(cs.find((c) => c.text === t)?.judgement?.verdict).not.toBe('inconsistent');
  });

  it('traded-near-second: of two values for one close, the one between the closes is blamed, not the close', () => {
    // Stored Brent: 74.34 on 2026-07-10, 81.62 on 2026-07-13. 81.26 alone would pass as traded that day.
    const cs = claimsOf(
      ['Market snapshot. Brent: $81.26 a barrel (+9.8%)', 'Brent, the global benchmark, jumped 9.8% to $81.62.'],
      '2026-07-13',
    );
    expect(cs.find((c) => c.text === '$81.26')?.judgement?.verdict).toBe('inconsistent');
    expect(cs.find((c) => c.text === '$81.62')?.judgement?.verdict).toBe('matches');
  });

  it("futures-apart: a futures contract's move is not the spot price's move stated again", () => {
    const cs = claimsOf(
      [
        'In New York trade, spot gold was up 1.1% at $3,681 an ounce.',
        'December gold futures closed 0.8% up, at $3,719.',
      ],
      '2025-09-16',
    );
    expect(cs.flatMap((c) => (c.checks ?? []).map((k) => k.kind))).not.toContain('one-value');
  });

  it('own-span-after: a move "from a week earlier" is not the day\'s move beside it', () => {
    const cs = analyze(['The S&P 500 rose 0.06% to 6,850.92, and is now up 4.5% from a week earlier.']);
    expect(cs.flatMap((c) => c.checks ?? [])).toEqual([]);
  });

  it('past-distance: "8 basis points below where it finished on CPI day" is not the day\'s move', () => {
    const cs = claimsOf(
      [
        'The 10-year Treasury yield closed Monday at 4.47%, 8 basis points below where it finished on CPI day.',
        'The 10-year is still 29 basis points above where it started the year (4.18%).',
      ],
      '2026-06-16',
    );
    expect(cs.find((c) => c.text === '8 basis points')?.judgement?.verdict).not.toBe('inconsistent');
    expect(cs.find((c) => c.text === '8 basis points')?.value).toBe(-0.08);
  });

  it('leaves a restated figure alone', () => {
    expect(
      analyze([
        'The S&P 500 closed at 6,850.92 on Friday.',
        "Friday's 6,850.92 close for the S&P 500 was a record.",
      ]).flatMap((c) => c.checks ?? []),
    ).toEqual([]);
  });

  it('never compares a level of another moment of the day, an estimate or a level a move started from', () => {
    const other = [
      'The S&P 500 closed at 6,850.92 on Friday.',
      'Earlier in the session the S&P 500 touched 6,890.10.',
      'The S&P 500 held above 6,800 all day.',
      'The S&P 500 rose to 6,850.92 from 6,846.61.',
    ];
    expect(analyze(other).flatMap((c) => c.checks ?? [])).toEqual([]);
  });
});

describe('cell-column', () => {
  it('cells of one row under columns the reader cannot date are not one figure stated twice', () => {
    const ctx = (col: string) => `Markets at a glance · ${col} · 10-year Treasuries`;
    const claims = claimsOf(
      [
        { context: ctx('2025 Close'), text: '4.16%' },
        { context: ctx('Prior Week'), text: '4.13%' },
        { context: ctx('As of 1/2'), text: '4.18%' },
        { context: ctx('Weekly Change'), text: '5 bps' },
      ],
      '2026-01-05',
    );
    expect(claims.map((c) => c.judgement?.verdict)).not.toContain('inconsistent');
  });
});

describe('farther-blamed', () => {
  // Stored Japan holdings for November 2025: 1,202.7 billion (read by 2026-02-13).
  it('a rounding away in the text and a transposed table cell: the cell, farther from the figure, is blamed', () => {
    const cs = claimsOf(
      [
        'Japan held $1,202.6 billion of U.S. Treasuries at the end of November.',
        { context: "Japan's dashboard · Latest · Japan's Treasury holdings, Nov.", text: '$1,206.2bn' },
      ],
      '2026-02-13',
    );
    expect(cs.find((c) => c.text === '$1,206.2bn')?.judgement?.verdict).toBe('inconsistent');
    expect(cs.find((c) => c.text === '$1,202.6 billion')?.judgement?.verdict).not.toBe('inconsistent');
  });
});

// Stored WTI: $70.69 on 2024-11-08, $68.99 on 2024-11-14, $67.33 on 2024-11-15 (day −2.41%, week −4.75%).
describe('undated-move-slip', () => {
  const body = 'Spot WTI fell $1.66, or 2.4%, on Friday to $67.33 a barrel.';
  it("an undated move at the same close that is no slip of the day's may be the week's: no alarm", () => {
    const cs = claimsOf(['Oil weekly: WTI slides 4.8% to $67.33 as demand worries build', body], '2024-11-15');
    expect(cs.find((c) => c.text === '4.8%')?.judgement?.verdict).not.toBe('inconsistent');
  });
  it("the day's move with two digits swapped is still the day's move written wrong", () => {
    const cs = claimsOf(['Oil weekly: WTI slides 4.2% to $67.33 as demand worries build', body], '2024-11-15');
    expect(cs.find((c) => c.text === '4.2%')?.judgement?.verdict).toBe('inconsistent');
  });
});

describe('had-closed-level', () => {
  it('"...; it had closed at 100.03" is an earlier close, not the day\'s figure stated twice', () => {
    // Stamped after New York's close, when the judge reads an undated level as that day's close.
    const cs = claimsOf(
      [
        "Nonfarm payrolls rose by just 73,000 in July, well short of the 110,000 our desk poll had expected. The bigger shock came from revisions: May's gain was cut to 19,000 and June's to 14,000. The unemployment rate ticked up to 4.2% from 4.1%. The data landed two days after the Federal Reserve held its target range at 4.25%-4.50%, and fed funds futures now assign an 88% probability to a September cut.",
        "The dollar index tumbled 1.34% to 98.69, surrendering Thursday's move above 100; it had closed at 100.03, its highest since May 20.",
      ],
      '2025-08-01',
      '2025-08-01T21:05:00-04:00',
    );
    const c = cs.find((x) => x.text === '100.03');
    expect(c?.indicator?.id).toBe('fx.dxy');
    expect(c?.judgement?.verdict).not.toBe('inconsistent');
  });
});

describe('from-dated-price', () => {
  it("the dated level a month's move started from is not the day's close stated again", () => {
    // EIA WTI Cushing spot: 2026-06-30 70.56, 2026-07-08 74.56.
    const cs = claimsOf(
      [
        'West Texas Intermediate rose 4.2% to $74.56 a barrel on Wednesday.',
        'Month-to-date, WTI is up 5.7% from its June 30 price of $70.56.',
      ],
      '2026-07-08',
    );
    expect(cs.find((c) => c.text === '$70.56')!.judgement?.verdict).not.toBe('inconsistent');
    expect(cs.find((c) => c.text === '$74.56')!.judgement?.verdict).toBe('matches');
  });
});

describe('level-ago', () => {
  it('"14 basis points above the 4.04% of two years ago" is no second value of the day\'s 4.18%', () => {
    const c = claimsOf(
      'The 10-year Treasury yield slipped 1 basis point to 4.18%, 14 basis points above the 4.04% of two years ago.',
      '2026-01-10',
    ).find((x) => x.text === '4.04%');
    expect(c?.indicator?.id).toBe('us.ust_10y_yield');
    expect(c?.judgement?.verdict).not.toBe('inconsistent');
  });
  it('"A year ago the 10-year Treasury yield stood at 3.68%" neither', () => {
    const c = claimsOf(
      [
        'The 10-year Treasury yield closed at 4.06% on Friday.',
        'A year ago the 10-year Treasury yield stood at 3.68%.',
      ],
      '2025-09-12',
    ).find((x) => x.text === '3.68%');
    expect(c?.indicator?.id).toBe('us.ust_10y_yield');
    expect(c?.judgement?.verdict).not.toBe('inconsistent');
  });
});

describe('time-of-day-lead', () => {
  // Nasdaq Composite close 18,315.59 on 2024-10-15 (data/series); 18,398.71 was a late-morning level.
  it('"By late morning ... the Nasdaq Composite was at 18,398.71" is no second value of the close', () => {
    const cs = claimsOf(
      [
        'By late morning the S&P 500 had eased to 5,838.12 and the Nasdaq Composite was at 18,398.71.',
        'The Nasdaq Composite closed at 18,315.59.',
      ],
      '2024-10-15',
    );
    expect(cs.find((x) => x.text === '18,398.71')?.judgement?.verdict).not.toBe('inconsistent');
  });
});
