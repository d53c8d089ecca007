import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import { isCrossingNoun, isFirstCrossing, isNamedMilestone, isReturnToRound } from './threshold';

describe('threshold: a round level crossed or neared is not the reading', () => {
  it('a named milestone: "back above the 5% mark", "within reach of the 10,000 mark"', () => {
    const ids = idsOf([
      'The 30-year Treasury yield rose to 5.07%, back above the 5% mark that worries stock investors.',
      "London's FTSE 100 ended the week within reach of the 10,000 mark.",
    ]);
    expect(ids['5.07%']).toBe('us.ust_30y_yield');
    expect(ids['5%']).toBe('-');
    expect(ids['10,000']).toBe('-');
  });

  it('a first crossing with its exact level after it: "first closed above 4,500 ..., at 4,525.48"', () => {
    const ids = idsOf(
      'The KOSPI first closed above 4,500 on January 6, ending that session at 4,552.48, with chipmakers in the lead.',
    );
    expect(ids['4,500']).toBe('-');
    expect(isFirstCrossing('It ended below ', ' per dollar for the first time since 2023 on Jan. 5, at ')).toBe(true);
  });

  it('leaves a bare bound and a crossing without its reading to the judge', () => {
    expect(isFirstCrossing('Brent jumped above ', ' a barrel')).toBe(false);
    expect(isFirstCrossing('the index held above ', ' at ')).toBe(false);
    expect(isNamedMilestone('the yield rose to ', '% on Friday')).toBe(false);
    // Neither rule takes it; round-bound (rules/round-bound.ts) leaves the round level unmarked, an exact one marked.
    expect(idsOf('Brent crude jumped above $95.40 a barrel on Friday.')['$95.40']).toBe('cmd.brent_usd');
  });

  it('named milestones: "the 160 line", and "the 10,000 mark" across a source indent', () => {
    expect(idsOf('The dollar was at 160.22 against the yen, still hugging the 160 line.', '2026-06-17')['160']).toBe(
      '-',
    );
    expect(idsOf("London's FTSE 100 traded at 9,973.43, below the       10,000 mark.", '2026-01-02')['10,000']).toBe(
      '-',
    );
  });
});

describe('milestone-adjective: "above the lofty 50,000 level" is a milestone', () => {
  it('is not marked', () => {
    expect(idsOf('The Nikkei finished above the lofty 50,000 level for the first time.', '2025-10-27')['50,000']).toBe(
      '-',
    );
  });
});

describe('near-level: a level still to be reached, named by its distance', () => {
  it('"KOSPI sets a record a step from 5,000" marks the record close, not 5,000', () => {
    const ids = idsOf('The KOSPI set a record a step from 5,000, closing at 4,990.07.', '2026-01-23');
    expect(ids['5,000']).toBe('-');
    expect(ids['4,990.07']).toBe('idx.kospi');
  });
  it('nearing-level: "bitcoin nears $80,000" is a level being neared, not a price', () => {
    expect(idsOf('Bitcoin nears $80,000 after a weak week.', '2025-11-20')['$80,000']).toBe('-');
    expect(idsOf('The dollar approached 160 yen in Tokyo trade.', '2024-04-26')['160 yen']).toBe('-');
  });
});

describe('returned-to-round', () => {
  it('a round level the market got back to is a milestone; the exact close beside it is the reading', () => {
    const ids = idsOf(
      [
        'Shanghai stocks firmed 0.97% on Thursday, the Shanghai Composite Index getting back to 4,000 points and finishing at 4,007.76 points.',
      ],
      '2025-11-06',
    );
    expect(ids['4,000 points']).toBe('-');
    expect(ids['4,007.76 points']).toBe('idx.shanghai_composite');
    expect(isReturnToRound('the dollar index got back above ', '100')).toBe(true);
  });
  it('an exact level regained is still a reading', () => {
    expect(isReturnToRound('the index regained ', '4,007.76')).toBe(false);
    expect(
      idsOf(['The Shanghai Composite regained 4,007.76 points on Thursday.'], '2025-11-06')['4,007.76 points'],
    ).toBe('idx.shanghai_composite');
  });
});

describe('crossing-noun', () => {
  it('"giving back its Tuesday push above 100": the level crossed, not a reading, and the day is not the figure\'s', () => {
    const cs = claimsOf(
      ['The dollar index eased 0.47% to 99.73, giving back its Tuesday push above 100.'],
      '2025-11-06',
    );
    expect(cs.find((c) => c.text === '100')?.indicator ?? null).toBeNull();
    expect(cs.find((c) => c.text === '99.73')!.period).toBeNull();
    expect(isCrossingNoun('after a brief foray below ')).toBe(true);
    expect(isCrossingNoun('the index climbed above ')).toBe(false);
  });
});

describe('returned-to-round: zero decimals', () => {
  it('"pair reclaims 150.00" is a round level', () => {
    expect(isReturnToRound('the pair reclaims ', '150.00')).toBe(true);
    expect(isReturnToRound('the pair reclaims ', '150.02')).toBe(false);
  });
});

describe('crossing-noun: toward a level', () => {
  it('"Bullion\'s March To $4,000" names a level aimed at, not a reading', () => {
    expect(isCrossingNoun("Bullion's March To ")).toBe(true);
    expect(isCrossingNoun('Gold rose to ')).toBe(false);
  });
});

describe('band-level', () => {
  it('"closes at 3440 level": a round figure before "level" is the band, not the close', () => {
    expect(idsOf(['KOSPI ends at 3440 level as chipmakers rally'], '2025-09-16')['3440']).toBe('-');
    expect(isNamedMilestone('ends at ', ' level as', '3440')).toBe(true);
    expect(isNamedMilestone('ends at ', ' level as', '3449.62')).toBe(false);
  });
});

describe('run-at', () => {
  it('"a run at Dow 50,000": a level aimed at, not a reading', () => {
    expect(idsOf(['A run at Dow 50,000 is a question of when, not if, the desk said.'], '2025-12-16')['50,000']).toBe(
      '-',
    );
  });
});

describe('point-milestone', () => {
  it('the much-talked-about "dream" 5,000-point level is a milestone, not a reading', () => {
    expect(isNamedMilestone('the fabled "dream" ', '-point level is now in sight', '5,000')).toBe(true);
    expect(isNamedMilestone('the index closed at ', '-point gain', '5,000')).toBe(false);
  });
});
