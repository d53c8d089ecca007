import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf, ruleOf } from '../test-engine';
import * as W from '../rules/weights';

describe('alias-in-sentence: the aliases a sentence names, scored by nearness', () => {
  it('nearness outweighs length: each figure goes to the name beside it', () => {
    const text = 'The S&P 500 slipped 0.1%, while the 10-year Treasury yield edged up to 4.12%.';
    expect(ruleOf(text, '0.1%')).toEqual({ id: 'idx.sp500', rule: 'alias-in-sentence' });
    expect(ruleOf(text, '4.12%').id).toBe('us.ust_10y_yield');
  });

  it('weights are named and ordered as the rules assume', () => {
    // A word of distance before the figure costs less than one after it: subjects usually come first.
    expect(W.BEFORE_PER_WORD).toBeLessThan(W.AFTER_PER_WORD);
    expect(W.BEFORE_MAX).toBeLessThan(W.BEFORE_MAX_CARRIED);
    expect(W.MIN_SCORE).toBeGreaterThan(0);
  });

  it('next-figure-owns-name: at equal distance a name goes to the figure after it ("Brent at $x and WTI at $y")', () => {
    const text = 'By midday the front-month contract traded at $61.20 and WTI at $57.90.';
    expect(ruleOf(text, '$61.20').id).toBe('-');
    expect(ruleOf(text, '$57.90').id).toBe('cmd.wti_usd');
  });

  it('commodity-futures: "Brent futures" is the benchmark, "S&P 500 futures" is not the index', () => {
    const text = 'Brent futures were quoted at $61.20 and WTI at $57.90 early in the session.';
    expect(ruleOf(text, '$61.20').id).toBe('cmd.brent_usd');
    expect(ruleOf('S&P 500 futures were down 0.4% before the open.', '0.4%').id).toBe('-');
  });
});

describe('catalogue aliases name their country', () => {
  it('"grew at a 3.3% annualized rate" in a U.S. story is not Japan\'s annualized GDP', () => {
    const ids = idsOf(
      'Output in the biggest economy expanded at a 3.3% annualized rate in the second quarter.',
      '2025-08-28',
    );
    expect(ids['3.3%']).not.toBe('jp.gdp_growth_annualized');
  });
});

describe('counter-currency-alias and semicolon-after', () => {
  it('"It has shed 4.3% against the loonie": the loonie is the counter side, not the mover', () => {
    const blocks = [
      'The U.S. dollar is at 1.3769 Canadian dollars. It has shed 4.3% against the loonie since the start of the year.',
    ];
    const c = claimsOf(blocks, '2025-12-12').find((x) => x.text === '4.3%');
    expect(c?.indicator?.id).toBe('fx.usdcad');
    expect(c?.value).toBe(-4.3);
  });
  it('a name past a semicolon heads the next clause: "China\'s Economy Grows 5%; Hang Seng Reclaims 26,000"', () => {
    expect(
      idsOf("KOSPI Jumps 2.2% as China's Economy Grows 5%; Hang Seng Reclaims 26,000", '2026-04-16')['5%'],
    ).not.toBe('idx.hang_seng');
  });
  it('semicolon-before: "Euro-Zone Inflation Slips to 1.9%; DAX Adds 0.67%": the DAX owns its figure', () => {
    expect(
      idsOf('Euro-Zone Inflation Slips to 1.9% in May; DAX Adds 0.67% as the Euro Firms', '2025-06-03')['0.67%'],
    ).toBe('idx.dax');
  });
});

describe('move-in', () => {
  it('"a 0.4% drop in the broad Dollar Index" is the index’s move, not the Fed named far before', () => {
    const cs = claimsOf(
      [
        'With rate cuts from the Federal Reserve in view, the dollar weakened, a 0.39 percent decrease in the six-currency Dollar Index.',
      ],
      '2026-01-12',
    );
    expect(cs.find((c) => c.text === '0.39 percent')?.indicator?.id).toBe('fx.dxy');
  });
});

describe('anaphor-core', () => {
  it('"the benchmark index" without "Japan\'s" is not the Nikkei on a page that never names Japan', () => {
    const ids = idsOf(
      ['The S&P 500 slipped 0.8% on Tuesday. Even so, the benchmark index is up 2.1% for the year.'],
      '2025-06-17',
    );
    expect(ids['2.1%']).not.toBe('idx.nikkei225');
  });
  it('with its country named, the alias still matches', () => {
    expect(idsOf(["Japan's benchmark index rose 1.7% on Tuesday."], '2025-06-17')['1.7%']).toBe('idx.nikkei225');
  });
});

describe('label-bracket', () => {
  it('"Gold (LBMA PM): $4,169.60 vs. $4,294.35": a bracketed note before the label\'s colon keeps the label\'s subject', () => {
    const ids = idsOf(['Gold (LBMA PM): $4,169.60 vs. $4,294.35'], '2025-10-21');
    expect(ids['$4,169.60']).toBe('cmd.gold_usd');
    expect(ids['$4,294.35']).toBe('cmd.gold_usd');
  });
});

describe('bank-after-comma', () => {
  it('"core CPI ... at 3.1%, the Fed\'s approach ...": the bank past the comma does not name the figure\'s rate', () => {
    const ids = idsOf(
      ["Core CPI has held above the 2% goal at 3.1%, the Fed's patience leaving markets uneasy."],
      '2025-08-22',
    );
    expect(ids['3.1%']).not.toBe('us.fed_funds_target_upper');
  });
});

describe('name-at-level', () => {
  it('in a run-on list of closes, "up 0.31% Hong Kong\'s Hang Seng at 26,500" leaves the move to the name before it', () => {
    const s =
      "Japan's Nikkei 225 at 50,100.20, up 0.12% China's Shanghai Composite at 3,990.40, up 0.31% Hong Kong's Hang Seng at 26,500.10, down 0.40%";
    expect(idsOf([s], '2025-11-03')['0.31%']).toBe('idx.shanghai_composite');
  });
});

describe('basis-then-colon', () => {
  it('"CPI, year on year: 3.4%" in a key-figures list is the CPI reading', () => {
    const blocks = ['KEY FIGURES', 'CPI, year on year: 3.4% (poll 3.2%)'];
    expect(idsOf(blocks, '2024-01-11')['3.4%']).toBe('us.cpi_yoy');
  });
});

describe('anaphor-ahead', () => {
  it('"The Dow\'s run of records ended as the blue-chip gauge gave up 507.12 points": the gauge is the Dow', () => {
    const text =
      "The Dow's run of records ended as the blue-chip gauge gave up 507.12 points from Tuesday's all-time high of 51,999.67.";
    const ids = idsOf(text, '2026-06-18');
    expect(ids['507.12 points']).toBe('idx.djia');
    expect(ids['51,999.67']).toBe('idx.djia');
  });
  it('"the broader index" sets another market apart: it does not carry the name before it', () => {
    const text = 'The Nikkei ended a three-day run of gains as the broader index gave up 0.8%.';
    expect(ruleOf(text, '0.8%', '2026-06-18').id).not.toBe('idx.nikkei225');
  });
});

describe('owner-around-figure', () => {
  it('"UK inflation, at 3.3%, ..., and the Bank of England\'s 3.75% Bank Rate": the rate is Bank Rate', () => {
    const text =
      "UK inflation, at 3.3%, is still well above target, and the Bank of England's 3.75% Bank Rate looks set to stay put.";
    expect(idsOf(text, '2026-06-02')['3.75%']).toBe('uk.boe_bank_rate');
    expect(idsOf(text, '2026-06-02')['3.3%']).toBe('uk.cpi_yoy');
  });
});
