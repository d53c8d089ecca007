import { describe, expect, it } from 'vitest';
import { analyze, verdictOf, wordsOf } from './checks.fixture';
import { claimsOf } from '../test-engine';

describe('implausible: a figure far outside anything its indicator has done is reported, not dropped', () => {
  it('gold up 1,447% on the year: once dropped silently, now reported', () => {
    const cs = analyze('Gold is up 1,447% on the year.');
    const c = cs.find((x) => x.text === '1,447%')!;
    expect(c.indicator?.id).toBe('cmd.gold_usd');
    expect(c.judgement?.verdict).toBe('inconsistent');
    expect(c.checks?.[0]?.kind).toBe('implausible');
  });

  it('appositive: "Gold, the year\'s standout trade, is up 1,447%" keeps gold as the subject and is reported', () => {
    const cs = analyze("Gold, the year's standout trade, is up 1,447% on the year, a desk's note said.");
    expect(cs.find((x) => x.text === '1,447%')?.checks?.[0]?.kind).toBe('implausible');
  });

  it('a 40% daily index move, against the largest the index has made in a session', () => {
    const cs = analyze('The S&P 500 plunged 40% on Friday.');
    expect(verdictOf(cs, '40%')).toBe('inconsistent');
    expect(wordsOf(cs, '40%')[0]).toMatch(
      /^a 40% move over one session; the largest S&P 500 index has made over one session since 2024 is 1[0-9]\.\d%$/,
    );
  });

  it('unstated-span: a large move with no period may span any stretch, so only one beyond the whole history counts', () => {
    const cs = analyze('At that price the S&P 500 sits roughly 30% below its record close.');
    expect(cs.flatMap((c) => c.checks ?? []).filter((f) => f.kind === 'implausible')).toEqual([]);
  });

  it('leaves a large move the index has made alone', () => {
    // The synthetic history has a 12% one-day drop (7 April 2025).
    expect(
      analyze('The S&P 500 fell 12% on Friday.')
        .flatMap((c) => c.checks ?? [])
        .filter((f) => f.kind === 'implausible'),
    ).toEqual([]);
  });

  it('a price level far outside the history', () => {
    const cs = analyze('Spot gold traded at $41,500 an ounce.');
    expect(verdictOf(cs, '$41,500')).toBe('inconsistent');
  });

  it('never reports a forecast, and keeps dropping an out-of-range figure whose subject is unsure', () => {
    expect(analyze('Gold could rise 1,447% by 2030, one newsletter claimed.').filter((c) => c.indicator)).toEqual([]);
    expect(
      analyze('Shares of a small miner, which like gold had a good year, are up 1,447%.').filter((c) => c.indicator),
    ).toEqual([]);
  });

  it('a level written in points far below the index is a move it did not read, not an implausible level', () => {
    // "tacked on" is not a move verb the engine reads: the figure would be an S&P 500 level of 85.
    expect(
      analyze('The S&P 500 tacked on 85.2 points.').filter((c) => c.judgement?.verdict === 'inconsistent'),
    ).toEqual([]);
  });
});

describe('priced-in-currency', () => {
  it('a share price in yen is not the dollar-yen pair far out of range', () => {
    const claims = claimsOf(['Chipmaker Kirishima fell 2.31 percent to 8,412 yen in Tokyo.'], '2025-12-30');
    const c = claims.find((x) => x.text === '8,412 yen');
    expect(c?.indicator ?? null).toBeNull();
  });
});

describe('scaled-amount', () => {
  it('a sum in millions beside a market name is an amount of money, not a misprinted price', () => {
    const cs = claimsOf(
      ['Short sellers lost $480 million on bitcoin bets, against $392 million on ether.'],
      '2025-11-04',
    );
    expect(cs.filter((c) => c.indicator)).toEqual([]);
    const won = claimsOf(
      ['Overseas funds offloaded a net 613.2 billion won of shares, the won barely moving.'],
      '2025-10-22',
    );
    expect(won.filter((c) => c.indicator)).toEqual([]);
  });

  it('still reports a price far out of range written without a scale word', () => {
    expect(verdictOf(analyze('Spot gold traded at $41,500 an ounce.'), '$41,500')).toBe('inconsistent');
  });
});

describe('pct-change-band', () => {
  it('silver "up 141.3%" over a year is a market move, marked and judged', () => {
    const cs = claimsOf('Silver is up 141.3% since the end of 2024.', '2025-12-23');
    expect(cs.find((x) => x.text === '141.3%')?.indicator?.id).toBe('cmd.silver_usd');
  });
  it('a leap past 100% with no period stated is some other time\'s ("its best year since 1979, when it rose 130%")', () => {
    const cs = claimsOf('Gold is heading for its best year since 1979, when it rose 130%.', '2025-09-17');
    expect(cs.find((x) => x.text === '130%')?.indicator ?? null).toBeNull();
  });
});

describe('carried-not-reported: a subject carried from another sentence, far out of range, is no slip', () => {
  it('"The index soared 6.07 percent to 94,400 won" after the KOSPI is a share price, not an implausible KOSPI', () => {
    const c = claimsOf(
      ['The KOSPI rose 1.73 percent to 3,610.60 on Friday.', 'The index soared 6.07 percent to 94,400 won.'],
      '2025-10-10',
    ).find((x) => x.text === '94,400');
    expect(c?.indicator ?? null).toBeNull();
  });
});
