import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf, verdictOf } from '../test-engine';

describe('former-latter', () => {
  it('"the former" is the first of the two subjects named before it, "the latter" the second', () => {
    const ids = idsOf(
      'Both the Nikkei 225 and the broader TOPIX fell on Wednesday; the former lost 1.23% to 59,804.41 and the latter gave up 1.53%.',
      '2026-05-20',
    );
    expect(ids['1.23%']).toBe('idx.nikkei225');
    expect(ids['59,804.41']).toBe('idx.nikkei225');
    expect(ids['1.53%']).toBe('idx.topix');
  });
  it('"the former Fed chair" qualifies a noun; three subjects before it leave it unresolved', () => {
    const ids = idsOf(
      'The Nikkei 225, the TOPIX and the KOSPI all fell; the former lost 1.23% on the day.',
      '2026-05-20',
    );
    expect(ids['1.23%']).not.toBe('idx.nikkei225');
  });
});

describe('former-latter currencies', () => {
  it('"the won and the yuan ...: the former has lost 2.3% against the dollar" is USD/KRW up 2.3%', () => {
    const c = claimsOf(
      'The won and the yuan have moved in opposite directions this year: the former has lost 2.3% against the dollar.',
      '2026-04-16',
    ).find((x) => x.text === '2.3%');
    expect(c?.indicator?.id).toBe('fx.usdkrw');
    expect(c?.value).toBe(2.3);
  });
});

describe('former-latter-before: "the former" at the start of the next sentence', () => {
  // Stored Nikkei 225 38,937.54 and TOPIX 2,699.15 on 2024-10-08.
  it('points to the two subjects the sentence before matched, in order', () => {
    const text =
      'The Nikkei 225 and the TOPIX fell 1.00% and 1.47%, respectively. The former settled at 38,937.54; the latter finished at 2,699.15.';
    const claims = claimsOf([text], '2024-10-08');
    expect(claims.find((c) => c.text === '38,937.54')?.indicator?.id).toBe('idx.nikkei225');
    expect(claims.find((c) => c.text === '2,699.15')?.indicator?.id).toBe('idx.topix');
  });
});

describe('former-latter-before after a sentence without figures', () => {
  // Stored 2024-08-14: 2-year 3.94%, 10-year 3.83%.
  it('"The 2-year ... and the 10-year yield went separate ways. The former rose ..., the latter slipped ..."', () => {
    const text =
      'The two-year Treasury yield and the 10-year yield parted ways. The former rose 1 basis point to 3.94%, while the latter slipped 2 basis points to 3.83%.';
    const claims = claimsOf([text], '2024-08-14');
    expect(claims.find((c) => c.text === '3.94%')?.indicator?.id).toBe('us.ust_2y_yield');
    expect(claims.find((c) => c.text === '3.83%')?.indicator?.id).toBe('us.ust_10y_yield');
  });
  it('three subjects before leave "the former" unresolved', () => {
    const text =
      'The 2-year and 10-year yields fell 14 and 11 basis points, respectively, and the 30-year yield 9 basis points. Of those, the former is 52 basis points above its level of end-2025.';
    const c = claimsOf([text], '2026-05-29').find((x) => x.text === '52 basis points');
    expect(c?.indicator ?? null).toBeNull();
  });
});

describe('former-latter-tenor', () => {
  it('"The 10-year and 2-year yields ...: the former ..., the latter ..." are the two tenors in order', () => {
    const text =
      'The 10-year and 2-year yields took different paths: the former held at 4.09%, while the latter eased to 3.51%.';
    const claims = claimsOf([text], '2025-12-02');
    expect(claims.find((c) => c.text === '4.09%')?.indicator?.id).toBe('us.ust_10y_yield');
    expect(claims.find((c) => c.text === '3.51%')?.indicator?.id).toBe('us.ust_2y_yield');
  });
});

describe('former-latter-pair', () => {
  // Stored Dow 42,427.74 (−91.90) and Nasdaq 19,460.49 (+61.53) on 2025-06-04.
  it('with three names before, "the former" and "the latter" point into the last two joined by "and"', () => {
    const ids = idsOf(
      'The S&P 500 ended flat, while the Dow and the Nasdaq went separate ways: the former lost 91.90 points, or 0.22%, to 42,427.74, and the latter gained 61.53 points.',
      '2025-06-04',
    );
    expect(ids['91.90 points']).toBe('idx.djia');
    expect(ids['42,427.74']).toBe('idx.djia');
    expect(ids['61.53 points']).toBe('idx.nasdaq_composite');
  });
});

describe('former-latter-tenor-country', () => {
  // Stored 2-year 3.87% and 10-year 4.37% on 2025-06-04.
  it('"The 2-year and 10-year yields ...: the former" is the tenor kept at both maturities, not the Bund', () => {
    const ids = idsOf(
      'The 2-year and 10-year yields both moved: the former fell 9 basis points to 3.87%, while the latter fell 9 basis points to 4.37%.',
      '2025-06-04',
    );
    expect(ids['3.87%']).toBe('us.ust_2y_yield');
    expect(ids['4.37%']).toBe('us.ust_10y_yield');
  });
});

describe('former-reach', () => {
  it('"the former by 6.9 basis points to 1.881%": the level after the move is the former\'s too', () => {
    const ids = idsOf(
      'The 10-year JGB and its U.S. counterpart both rose: the former by 6.9 basis points to 1.881%, the latter to 4.09%.',
      '2025-12-01',
    );
    expect(ids['1.881%']).toBe('jp.jgb_10y_yield');
    expect(ids['4.09%']).toBe('us.ust_10y_yield');
  });
});

describe('elided-latter', () => {
  // Stored S&P 500 +9.52% and Nasdaq +12.16% on 2025-04-09.
  it('"the former jumped 9.52%, the latter 12.16%": the latter takes the former\'s verb', () => {
    const s = 'The S&P 500 and the Nasdaq both soared on Wednesday: the former jumped 9.52%, the latter 12.16%.';
    expect(verdictOf(s, '12.16%', '2025-04-10')).toBe('matches');
  });
});

describe('the-former-after-respectively', () => {
  it('"The former is now far below the $138.21 it reached" after a respectively list of moves: the list\'s first subject', () => {
    const s = [
      'Brent spot fell to $103.48 a barrel and WTI to $98.87, weekly declines of 12.5% and 6.2% respectively.',
      'The former is now far below the $138.21 it reached on April 7.',
    ];
    expect(idsOf(s, '2026-05-09')['$138.21']).toBe('cmd.brent_usd');
  });
});

describe('levels-then-moves', () => {
  it('"Brent fell to $103.48 and WTI to $98.87, weekly declines of 12.5% and 6.2% respectively": each move is its level\'s', () => {
    const ids = idsOf(
      'Brent spot fell to $103.48 a barrel and WTI to $98.87, weekly declines of 12.5% and 6.2% respectively.',
      '2026-05-09',
    );
    expect([ids['12.5%'], ids['6.2%']]).toEqual(['cmd.brent_usd', 'cmd.wti_usd']);
  });
});
