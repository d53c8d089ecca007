import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('respectively: each figure of the list goes to its subject in order', () => {
  it("the first figure is the first subject's, though the second subject stands nearer", () => {
    const ids = idsOf('By the close, the Nikkei and the Topix were up 1.35% and 0.92%, respectively.');
    expect(ids['1.35%']).toBe('idx.nikkei225');
    expect(ids['0.92%']).toBe('idx.topix');
  });

  it('without the word, or with counts that disagree, the rule says nothing', () => {
    const ids = idsOf('Brent, WTI and gold rose 1.1% and 0.7%, respectively.');
    // Three subjects, two figures: left to the nearness rules (the last figure is not read as Brent's).
    expect(ids['0.7%']).not.toBe('cmd.brent_usd');
  });

  it('respectively-after-period: "up 8.7% and 7.9% for the year, respectively" pairs in order', () => {
    const ids = idsOf('The Nikkei and the TOPIX are now up 8.7% and 7.9% for the year, respectively.', '2026-02-03');
    expect(ids['8.7%']).toBe('idx.nikkei225');
    expect(ids['7.9%']).toBe('idx.topix');
  });
});

describe('respectively-unresolved', () => {
  it('a list whose subjects are only pointed back to ("the two gauges") gives its figures no nearest name', () => {
    const ids = idsOf(
      'The Nikkei ended at 45,043.75 and the broader Topix at 3,131.57, leaving the two gauges up 12.9% and 12.4% this year, respectively.',
      '2025-09-30',
    );
    expect(ids['12.9%']).not.toBe('idx.topix');
  });
});

describe('name-head and second-list', () => {
  it('"the Euro Stoxx 50" is one name, not "the euro" then "Stoxx 50"; the closes listed after "respectively" pair the same way', () => {
    const ids = idsOf(
      "France's CAC 40 and the Euro Stoxx 50 advanced 0.81% and 1.35%, respectively, finishing at record closing levels of 8,429.03 and 6,103.37.",
      '2026-02-18',
    );
    expect(ids['0.81%']).toBe('idx.cac40');
    expect(ids['1.35%']).toBe('idx.stoxx50');
    expect(ids['8,429.03']).toBe('idx.cac40');
    expect(ids['6,103.37']).toBe('idx.stoxx50');
  });
});

describe('label-before-list', () => {
  it('"Oil: Brent and WTI futures traded at $71.79 and $68.07, respectively": the label is no member of the list', () => {
    const ids = idsOf('Oil: Brent and WTI futures traded at $71.79 and $68.07 a barrel, respectively.', '2025-03-18');
    expect(ids['$71.79']).toBe('cmd.brent_usd');
    expect(ids['$68.07']).toBe('cmd.wti_usd');
  });
});

describe('clause-list', () => {
  it('names in an opening clause before a comma are no members of the "respectively" list', () => {
    const ids = idsOf(
      'Over the three sessions since the tariff plan was published on April 2, the DAX and the FTSE 100 have shed 11.6% and 10.5%, respectively.',
      '2025-04-07',
    );
    expect(ids['11.6%']).toBe('idx.dax');
    expect(ids['10.5%']).toBe('idx.ftse100');
  });
});

describe('the-two-respectively', () => {
  it('"the two gauges are up 20.2% and 15.8%, respectively" are the two named last, in order', () => {
    const ids = idsOf(
      [
        'The Nikkei 225 jumped 2,175.26 points to a record close of 47,944.76. The broader Topix gained 3.10% to 3,226.06, also a record. Since the end of last year, the two gauges are up 20.2% and 15.8%, respectively.',
      ],
      '2025-10-06',
    );
    expect(ids['20.2%']).toBe('idx.nikkei225');
    expect(ids['15.8%']).toBe('idx.topix');
  });
  it('two subjects of different kinds are not "the two gauges"', () => {
    const ids = idsOf(
      [
        'The Nikkei 225 closed at 47,944.76. The yen weakened to 150.02 per dollar. The two gauges are up 20.2% and 15.8%, respectively.',
      ],
      '2025-10-06',
    );
    expect(ids['20.2%']).not.toBe('idx.nikkei225');
  });
});

describe('respectively-tail-year', () => {
  it('a tail naming a year ("below their last closes of 2024") still closes the list', () => {
    const ids = idsOf(
      ['The Nasdaq and the S&P 500 are 8.1% and 3.5% below their last closes of 2024, respectively.'],
      '2025-03-19',
    );
    expect(ids).toEqual({ '8.1%': 'idx.nasdaq_composite', '3.5%': 'idx.sp500' });
  });
});

describe('each-then-list', () => {
  // Stored DAX 23,836.79 and CAC 40 8,122.71 on 2025-11-28.
  it('"the DAX and the CAC 40 each rose 0.29%, to 23,836.79 and 8,122.71 respectively": the levels pair in order', () => {
    const ids = idsOf(
      ["Frankfurt's DAX and Paris's CAC 40 each rose 0.29%, to 23,836.79 and 8,122.71 respectively."],
      '2025-11-28',
    );
    expect(ids['23,836.79']).toBe('idx.dax');
    expect(ids['8,122.71']).toBe('idx.cac40');
  });
});

describe('paired-moves-list', () => {
  it('"the DAX and the CAC 40 rose 0.41% and 0.36%, to A and B respectively": both lists pair in order', () => {
    const ids = idsOf(
      [
        "Madrid's IBEX slipped 0.2% to 15,900, while the DAX and the CAC 40 rose 0.41% and 0.36%, to 23,836.79 and 8,122.71 respectively.",
      ],
      '2025-11-28',
    );
    expect(ids['23,836.79']).toBe('idx.dax');
    expect(ids['8,122.71']).toBe('idx.cac40');
    expect(ids['0.41%']).toBe('idx.dax');
    expect(ids['0.36%']).toBe('idx.cac40');
  });
});

describe('pronoun-in-list', () => {
  // Stored: Nikkei 225 +20.26% and KOSPI +56.97% from 2025-12-30 to 2026-04-27.
  it('"It and the KOSPI are up 20.3% and 57.0% ..., respectively": "it" is the index named before', () => {
    const ids = idsOf(
      [
        'The Nikkei 225 ended at a record 60,537.36.',
        'It and the KOSPI are up 20.3% and 57.0% this year, respectively.',
      ],
      '2026-04-27',
    );
    expect(ids['20.3%']).toBe('idx.nikkei225');
    expect(ids['57.0%']).toBe('idx.kospi');
  });
});

describe('seoul-benchmark aliases', () => {
  it('"Seoul\'s benchmark" and "the Korea Composite Stock Price Index" are the KOSPI', () => {
    const ids = idsOf(
      ["Seoul's benchmark added 139.40 points on Monday.", 'The Korea Composite Stock Price Index rose 2.15%.'],
      '2026-04-27',
    );
    expect(ids['139.40 points']).toBe('idx.kospi');
    expect(ids['2.15%']).toBe('idx.kospi');
  });
});

describe('moves-then-levels', () => {
  // Stored closes, 2026-05-29: Hang Seng 25,182.39 (+0.70%), Shanghai Composite 4,068.57 (-0.73%).
  it('levels listed after two named moves go to the names in order', () => {
    const s =
      'The Hang Seng rose 0.70% and the Shanghai Composite fell 0.73%, to 25,182.39 and 4,068.57, respectively.';
    const ids = idsOf(s, '2026-05-29');
    expect([ids['25,182.39'], ids['4,068.57']]).toEqual(['idx.hang_seng', 'idx.shanghai_composite']);
  });
});

describe('group-words', () => {
  it('"the two grades" name the group, not one more member of the list', () => {
    const ids = idsOf(
      'WTI has slid for six sessions, while Brent has lost even more; the two grades are down 7.4% and 8.9%, respectively, from their October highs.',
      '2024-11-15',
    );
    expect(ids['7.4%']).toBe('cmd.wti_usd');
    expect(ids['8.9%']).toBe('cmd.brent_usd');
  });
});

describe('the-two-in-sentence', () => {
  it('"the two grades" after figures are the sentence\'s two subjects named before them, in order', () => {
    const ids = idsOf(
      'WTI has fallen from $75.10 to $67.33 in six sessions, while Brent has lost even more; the two grades are down 10.3% and 11.2%, respectively, from those highs.',
      '2024-11-15',
    );
    expect(ids['10.3%']).toBe('cmd.wti_usd');
    expect(ids['11.2%']).toBe('cmd.brent_usd');
  });
});
