import { describe, expect, it } from 'vitest';
import { continuesSubject, priorAfterExpected, restatesPrevious } from './same-subject-chain';
import { claimsOf, idsOf, ruleOf } from '../test-engine';

describe('same-subject-chain: a figure linked to the one before shares its subject', () => {
  it('reads the links: "to", ", or", ", up from", ", a", ", but was", ", standing"', () => {
    expect(continuesSubject(', to ', 'index', 'number')).toBe(true);
    expect(continuesSubject(', or ', 'index', 'percent')).toBe(true);
    expect(continuesSubject(', up from ', 'inflation', 'percent')).toBe(true);
    expect(continuesSubject(', a ', 'index', 'percent')).toBe(true);
    expect(continuesSubject(', up 80 cents, but was down ', 'commodity', 'percent')).toBe(true);
    expect(continuesSubject(', standing ', 'index', 'percent')).toBe(true);
    // previous-reading: ", up from the previous month's 1.7%", ", down from September's 2.4%".
    expect(continuesSubject(" in the year to October, up from the previous month's ", 'inflation', 'percent')).toBe(
      true,
    );
    expect(continuesSubject(", down from September's ", 'inflation', 'percent')).toBe(true);
    // level-link with a month: "rose to $1,202.6 billion at the end of November from $1,200.0 billion".
    expect(continuesSubject(' at the end of November from ', 'level', 'currency')).toBe(true);
    // compared-against: "the dollar at 158.90 yen around noon, against 158.70 on Monday".
    expect(continuesSubject(' yen around noon in New York, against ', 'fx', 'number')).toBe(true);
    expect(continuesSubject('. Analysts said demand was down ', 'commodity', 'percent')).toBe(false);
  });

  it("leaves a pair's percentage move to its currency words (which one moved decides the sign)", () => {
    expect(continuesSubject(', or ', 'fx', 'percent')).toBe(false);
    expect(continuesSubject(', or ', 'fx', 'number')).toBe(true);
  });

  it('a restatement shares the move: "fell 274.45 points, or 0.6%"', () => {
    expect(restatesPrevious(', or ')).toBe(true);
    expect(restatesPrevious(' on Friday; the ')).toBe(false);
    const c = claimsOf('The Dow fell 274.45 points, or 0.6%, to 44,100.10.').find((x) => x.text === '0.6%')!;
    expect(c.indicator?.id).toBe('idx.djia');
    expect(c.value).toBe(-0.6);
  });

  it('"…, but was down 12% for the week": the clause goes on with the same subject', () => {
    expect(ruleOf('Brent settled at $69.37, up 80 cents, but was down 12% for the week.', '12%')).toEqual({
      id: 'cmd.brent_usd',
      rule: 'same-subject-chain',
    });
    expect(ruleOf('Brent settled at $69.37. Analysts said demand was down 12% for the week.', '12%').id).toBe('-');
  });

  it('"..., standing 0.6% above its end-2024 close" is the same subject, up', () => {
    const all = claimsOf(
      [
        'In Tokyo, the Nikkei share average closed up 1.4% at 40,150.79.',
        'The index gained 4.6% on the week and has now erased its losses for the year, standing 0.6% above its end-2024 close.',
      ],
      '2025-07-04',
    );
    const c = all.find((x) => x.text === '0.6%')!;
    expect(c.indicator?.id).toBe('idx.nikkei225');
    expect(c.value).toBe(0.6);
  });

  it('"..., having changed hands at 149.68" is the same pair', () => {
    const text =
      'The dollar was last at 149.49 yen, up 0.6% from 148.56 on Monday, having changed hands at 149.68 during European trading.';
    expect(ruleOf(text, '149.68', '2025-10-01').id).toBe('fx.usdjpy');
  });

  it('restated-as and a basis before "or": "fell 0.6% quarter on quarter in July-September, or 2.3%"', () => {
    expect(restatesPrevious(' quarter on quarter in July-September, or ')).toBe(true);
    expect(restatesPrevious(' in July-September from the previous quarter, an annualized contraction of ')).toBe(true);
    expect(restatesPrevious(', while the Nasdaq rose ')).toBe(false);
  });

  it('chain-to-close: "lost 436.36 points, or 0.98%, to close at 44,023.29" ends the chain at the close', () => {
    expect(continuesSubject(', to close at ', 'index', 'points')).toBe(true);
    expect(continuesSubject(', to end the session at ', 'index', 'points')).toBe(true);
    const ids = idsOf(
      'The Dow Jones Industrial Average fell harder. The blue-chip gauge lost 436.36 points, or 0.98%, to close at 44,023.29.',
      '2025-07-15',
    );
    expect(ids['44,023.29']).toBe('idx.djia');
  });

  it('bare-list: "lost 2.48%, 2.36% and 2.55%, respectively" gives each item the move', () => {
    expect(restatesPrevious(', ')).toBe(true);
    const ids = idsOf(
      'The Dow, the Nasdaq and the Nikkei lost 2.48%, 2.36% and 2.55%, respectively, on Monday.',
      '2025-04-21',
    );
    expect([ids['2.48%'], ids['2.36%'], ids['2.55%']]).toEqual(['idx.djia', 'idx.nasdaq_composite', 'idx.nikkei225']);
  });
});

describe('bracket-restate', () => {
  it('"finished down 263.16 points (0.66%)": the percentage in brackets restates the move, sign included', () => {
    expect(restatesPrevious(' (')).toBe(true);
    const cs = claimsOf(['The Nikkei finished down 263.16 points (0.66%) at 40,003.60.'], '2024-03-19');
    const pct = cs.find((c) => c.text === '0.66%');
    expect(pct?.indicator?.id).toBe('idx.nikkei225');
    expect(pct?.value).toBe(-0.66);
  });
});

describe('bracketed-restatement, unit-not-subject', () => {
  // Stored USD/JPY noon rates: 153.49 on 2024-11-26, 150.69 on 2024-11-27 (−1.82%).
  it('"a drop of 2.80 yen (−1.82%)": the bracketed percentage is the same move of the pair, not the yen\'s', () => {
    const cs = claimsOf(['USD/JPY ended the New York morning at 150.69, a drop of 2.80 yen (−1.82%).'], '2024-11-27');
    const pct = cs.find((c) => c.text === '−1.82%')!;
    expect(pct.indicator?.id).toBe('fx.usdjpy');
    expect(pct.judgement?.verdict).toBe('matches');
  });
  it('a bracketed change of money beside a price is left to its own words', () => {
    expect(continuesSubject(' (', 'commodity', 'currency')).toBe(false);
    expect(continuesSubject(' (', 'fx', 'percent')).toBe(true);
  });
});

describe('event-aside', () => {
  it("\"around $92,000 following the Fed's decision, down 1.4%\": the move is bitcoin's, not the Fed's", () => {
    const ids = idsOf(
      ["Bitcoin changed hands around $92,000 following the Fed's decision, down 1.4% over the past day."],
      '2025-12-10',
    );
    expect(ids['1.4%']).toBe('crypto.btc_usd');
  });
});

describe('pair-side', () => {
  it('"USD/CNY was quoted at 7.1304 at the noon rate, down 0.48%": the pair named as a pair is what is down', () => {
    const ids = idsOf(
      ['USD/CNY was quoted at 7.1304 at the noon rate, down 0.48% from 7.1651 a week earlier.'],
      '2025-08-29',
    );
    expect(ids['0.48%']).toBe('fx.usdcny');
  });
});

describe('from-day-start', () => {
  // 2024-09-19: cable closed 2024-09-18 at 1.3199.
  it('"up 71 pips, or 0.5%, from Wednesday\'s 1.3199": the start is the pair\'s own close', () => {
    const c = claimsOf(
      [
        "GBP/USD was trading at 1.3270 late in London, up 71 pips, or 0.5%, from Wednesday's 1.3199, after the Bank of England kept rates on hold on Thursday.",
      ],
      '2024-09-19',
    ).find((x) => x.text === '1.3199')!;
    expect(c.indicator?.id).toBe('fx.gbpusd');
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('bringing-its-gain and span-gain-to', () => {
  // 2026-05-07: the KOSPI closed at 7,490.05, up 77.7% from its last close of 2025.
  it('"to 7,490.05, ..., bringing its gain for 2026 to 77.7%": the close is the day\'s and the gain the year\'s', () => {
    const cs = claimsOf(
      [
        'In Seoul, the KOSPI rose 1.43% to 7,490.05, a third record close in a row, bringing its gain for 2026 to 77.7%.',
      ],
      '2026-05-07',
    );
    expect(cs.find((c) => c.text === '7,490.05')?.judgement?.verdict).toBe('matches');
    const gain = cs.find((c) => c.text === '77.7%')!;
    expect(gain.indicator?.id).toBe('idx.kospi');
    expect(gain.judgement?.verdict).toBe('matches');
  });
  it('with no span read, "trimming its gain for the year to 23.1%" is left alone rather than judged as the day\'s move', () => {
    const c = claimsOf(
      ['The S&P 500 gave up 178.45 points to 5,872.16, trimming its gain for the year to 23.1%.'],
      '2024-12-19',
    ).find((x) => x.text === '23.1%');
    expect(c?.judgement?.verdict).not.toBe('inconsistent');
  });
});

describe('prior-after-expected', () => {
  it('"3.1% y/y, expected 3.0%, prior 3.3%": past the forecast, the reading before is the same measure', () => {
    const ids = idsOf('National core CPI (ex fresh food), July: 3.1% y/y, expected 3.0%, prior 3.3%', '2025-08-22');
    expect(ids['3.1%']).toBe('jp.core_cpi_yoy');
    expect(ids['3.3%']).toBe('jp.core_cpi_yoy');
  });
  it('needs the forecast between', () => {
    expect(priorAfterExpected(' y/y vs ', ' expected, prior ')).toBe(true);
    expect(priorAfterExpected(' y/y and wages ', ', prior ')).toBe(false);
  });
});

describe('pips-restated', () => {
  it('"down 43 pips, or 0.34%": a pair\'s pips move restated in percent is the same move', () => {
    expect(continuesSubject(', or ', 'fx', 'percent', 'pips')).toBe(true);
    // A percent after a pair's level is left to the rules that know which currency moved.
    expect(continuesSubject(', or ', 'fx', 'percent', 'number')).toBe(false);
  });
});

describe('and-up', () => {
  it('"0.4% lower on the week so far and up 8.2% year to date": a second move of the same subject', () => {
    expect(continuesSubject(' lower on the week so far and up ', 'index', 'percent')).toBe(true);
    // Another subject named between, or figures paired with subjects named before them, are not.
    expect(continuesSubject(' on the week, and the Nasdaq up ', 'index', 'percent')).toBe(false);
    expect(continuesSubject(' and down ', 'index', 'percent')).toBe(false);
  });
});
