import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { marketDayAt } from './market-day';

const verdictOf = (text: string, figure: string, published: string) =>
  claimsOf([text], published).find((c) => c.text === figure)?.judgement?.verdict;

describe('morning-span-end', () => {
  it('"given up about 1.6% since last Friday" in a Friday-morning outlook runs to Thursday\'s figure', () => {
    // ECB reference rates: 1.1805 on 27 Feb 2026 to 1.1618 on 5 Mar is -1.58%; to 6 Mar it is not 1.6%.
    expect(verdictOf('EUR/USD has given up about 1.6% since last Friday.', '1.6%', '2026-03-06')).toBe('matches');
  });
  it('a move that fits neither end is still not a match', () => {
    expect(verdictOf('EUR/USD has given up about 4.6% since last Friday.', '4.6%', '2026-03-06')).not.toBe('matches');
  });
  it('morning-day: "ended at 152.72, 0.6% up on the day" in a morning note is the session before', () => {
    // Stored H.10 closes: 151.79 on 2025-10-22, 152.72 on 2025-10-23 (+0.61%), 152.82 on 2025-10-24.
    expect(verdictOf('Dollar-yen ended at 152.72, 0.6% up on the day.', '0.6%', '2025-10-24')).toBe('matches');
    expect(verdictOf('Dollar-yen ended at 152.72, 1.6% up on the day.', '1.6%', '2025-10-24')).not.toBe('matches');
  });
});

describe('named-today and move-to-dated-level', () => {
  // Stored 2-year yields: 3.59% on 2024-09-17, 3.61% on 2024-09-18, 3.59% on 2024-09-19.
  it('named-today: "climbed 2 basis points on Thursday", written that Thursday, is not Wednesday\'s rise', () => {
    const up = 'The two-year yield climbed 2 basis points on Thursday.';
    expect(verdictOf(up, '2 basis points', '2024-09-19')).not.toBe('matches');
    expect(verdictOf(up.replace('climbed', 'fell'), '2 basis points', '2024-09-19')).toBe('matches');
  });
  it('move-to-dated-level: "climbed 2 basis points to 3.59% on Thursday", written on Friday, is Thursday\'s move', () => {
    const up = 'The two-year yield climbed 2 basis points to 3.59% on Thursday.';
    expect(verdictOf(up, '2 basis points', '2024-09-20')).not.toBe('matches');
    expect(verdictOf(up.replace('climbed', 'fell'), '2 basis points', '2024-09-20')).toBe('matches');
  });
});

describe('year-end-session', () => {
  it('"finished last year at 50,339.48" is Tokyo\'s last session of 2025, 30 December', () => {
    const text = 'The Nikkei had finished last year at 50,339.48.';
    expect(verdictOf(text, '50,339.48', '2026-01-02')).toBe('matches');
  });
  it('"closed the year at" the close of 30 December is not the S&P 500\'s year-end close', () => {
    const text = 'On Wall Street, the S&P 500 closed the year at 6,896.24.';
    expect(verdictOf(text, '6,896.24', '2026-01-02')).toBe('differs');
  });
});

describe('crypto-intraday', () => {
  it('"hanging on at $113,000" at the U.S. open between closes of 110,032 and 108,308 is a question, not red', () => {
    const text = 'At the U.S. open on Wednesday bitcoin was hanging on at $113,000.';
    expect(verdictOf(text, '$113,000', '2025-10-29')).toBe('check');
    // Far outside any day's swing it is still wrong.
    expect(verdictOf('Bitcoin was clinging to $133,000.', '$133,000', '2025-10-29')).toBe('differs');
  });
});

describe('rate-move-latest', () => {
  it('"cut rates by 25 bps" the day after the September 2025 cut is that cut, not December 2024\'s', () => {
    const [c] = claimsOf(['The Fed cut rates by 25 bps to 4.00%-4.25%, its first move of 2025.'], '2025-09-18');
    expect(c?.judgement?.explanation).toMatch(/2025-09-1[78]/);
  });
});

describe('market-move-not-monthly', () => {
  it('"Bullion rose as much as 0.7 percent" is no change of gold\'s monthly average', () => {
    const [c] = claimsOf(['Gold rose as much as 0.7 percent after the Fed decision.'], '2025-12-11');
    // With daily gold (the LBMA auctions) it is set against a session's move, never a month's.
    expect(c?.judgement?.reference?.period).toMatch(/^\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/);
  });
});

describe('volatility-intraday', () => {
  it('a VIX level written before the close, a few percent off the close, is a question, not red', () => {
    // Stored VIX closes: 16.12 the day before, 17.17 on 2025-09-02.
    const text = 'In late-afternoon trading the Cboe Volatility Index was up 9.6% at 17.67.';
    expect(verdictOf(text, '17.67', '2025-09-02')).toBe('check');
    expect(verdictOf('In late-afternoon trading the Cboe Volatility Index was at 27.67.', '27.67', '2025-09-02')).toBe(
      'differs',
    );
  });
});

describe('market-day: an undated market figure is of a day its market had reached when the article went out', () => {
  it("a Singapore morning note dated the 18th, sent on the 17th in New York, quotes the 17th's dollar index", () => {
    const [c] = claimsOf('The dollar index slipped to 99.58.', '2026-03-18', '2026-03-17T22:40:00.000Z');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.judgement?.explanation).toBe('Close on 2026-03-17: 99.58.');
  });

  it("the same words sent after New York's close on the 18th are read against the 18th", () => {
    const [c] = claimsOf('The dollar index slipped to 99.58.', '2026-03-18', '2026-03-18T22:40:00.000Z');
    expect(c?.judgement?.explanation).not.toBe('Close on 2026-03-17: 99.58.');
  });

  it('a European midday note (06:35 in New York) reads "the Dow rose 0.22%" as the session before, which fell', () => {
    const text = 'The Dow Jones Industrial Average rose 0.22% to 42,427.74.';
    const cs = claimsOf(text, '2025-06-05', '2025-06-05T10:35:00.000Z');
    expect(cs.find((c) => c.text === '42,427.74')?.judgement?.explanation).toBe('Close on 2025-06-04: 42427.74.');
    expect(cs.find((c) => c.text === '0.22%')?.judgement?.verdict).toBe('inconsistent');
  });

  it("a live blog begun before Tokyo opened, with no update stamp, still reports the day's session where it agrees", () => {
    const text = 'The Nikkei 225 fell 395.20 points, or 1.00%, to 38,937.54.';
    const cs = claimsOf(text, '2024-10-08', '2024-10-07T23:50:00.000Z');
    for (const c of cs) expect(c.judgement?.verdict, c.text).toBe('matches');
    expect(cs.find((c) => c.text === '38,937.54')?.sessionDay).toBeUndefined();
  });

  it('an Asia-open note sent before JGB futures open reads "rose 3.7 basis points" against the day before, which fell', () => {
    const t =
      'JGBs: The 10-year JGB yield rose 3.7 basis points to 2.374% as falling energy prices trimmed inflation worries.';
    const c = claimsOf(t, '2026-04-09', '2026-04-08T22:20:00.000Z').find((x) => x.text === '3.7 basis points');
    expect(c?.judgement?.verdict).toBe('inconsistent');
  });

  it("a live blog begun before the open but updated after the close reports the day's session", () => {
    const text = 'The Dow Jones Industrial Average rose 0.22% to 42,427.74.';
    const cs = claimsOf(text, '2025-06-05', '2025-06-05T10:35:00.000Z', '2025-06-05T20:45:00.000Z');
    expect(cs.find((c) => c.text === '42,427.74')?.judgement?.explanation).not.toBe('Close on 2025-06-04: 42427.74.');
    expect(marketDayAt('idx.djia', '2025-06-05', '2025-06-05T10:35:00.000Z', '2025-06-05T20:45:00.000Z').day).toBe(
      '2025-06-05',
    );
  });

  it("a midnight stamp is a date written as a time; an unknown market keeps the article's date", () => {
    expect(marketDayAt('fx.dxy', '2026-03-18', '2026-03-17T22:40:00.000Z').day).toBe('2026-03-17');
    expect(marketDayAt('fx.dxy', '2026-03-18', '2026-03-18T00:00:00.000Z').day).toBe('2026-03-18');
    expect(marketDayAt('idx.unknown', '2026-03-18', '2026-03-17T22:40:00.000Z').day).toBe('2026-03-18');
    // A coin's day is UTC's (day-not-closed): at 22:40 UTC on the 17th the 18th has not begun.
    expect(marketDayAt('crypto.btc_usd', '2026-03-18', '2026-03-17T22:40:00.000Z').day).toBe('2026-03-17');
  });
});

describe('day-not-closed', () => {
  // Coinbase bitcoin closes (end of the UTC day): 2025-11-16 95,197.96, 2025-11-23 86,499.25 (−9.1%), 2025-11-24 87,981.12.
  it('a Monday-morning note (11:45 UTC) on "seven days" means the seven days to Sunday\'s close', () => {
    const t = 'Seven days took 9.1% off the largest cryptocurrency, bitcoin.';
    expect(marketDayAt('crypto.btc_usd', '2025-11-24', '2025-11-24T06:45:00-05:00')).toEqual({
      day: '2025-11-23',
      sure: false,
    });
    const c = claimsOf([t], '2025-11-24', '2025-11-24T06:45:00-05:00').find((x) => x.text === '9.1%');
    expect(c?.judgement?.verdict).toBe('matches');
    // Late in the UTC day the price of the moment is the day's.
    expect(marketDayAt('crypto.btc_usd', '2025-11-03', '2025-11-03T22:15:00Z')).toEqual({
      day: '2025-11-03',
      sure: true,
    });
  });
});
