import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isKeyLevel, isKeyLevelAfter, isLevelsAnswer } from './key-level';

describe('key-level: levels to watch are not marked', () => {
  it('support, resistance and pivots in a list of levels', () => {
    const ids = idsOf([
      'Bitcoin: support $58,000; resistance $64,500',
      'USD/JPY: first support at 151.20, pivot at 153.00',
    ]);
    expect(ids['$58,000']).toBe('-');
    expect(ids['$64,500']).toBe('-');
    expect(ids['151.20']).toBe('-');
    expect(ids['153.00']).toBe('-');
  });

  it('key-level-colon: a levels list labelled "Nasdaq support: 21,400", "2-year pivot: 3.50%"', () => {
    const ids = idsOf(['Nasdaq support: 21,400', 'Nasdaq resistance: 22,900', '2-year Treasury yield pivot: 3.50%']);
    expect(ids['21,400']).toBe('-');
    expect(ids['22,900']).toBe('-');
    expect(ids['3.50%']).toBe('-');
  });

  it('level-breakdown and path-to: "Bitcoin\'s Critical $90K Breakdown and Path to $70K"', () => {
    const ids = idsOf(
      "Bitcoin's Critical $90K Breakdown and Path to $70K: A Strategic Reentry Opportunity?",
      '2025-11-22',
    );
    expect(ids.$90K ?? '-').toBe('-');
    expect(ids.$70K ?? '-').toBe('-');
    // "March to" is a month, not a march: "lowered March to 185,000 from an initial 228,000".
    const payrolls = idsOf(
      'The Bureau of Labor Statistics lowered March payrolls to 185,000 from an initial 228,000.',
      '2025-05-02',
    );
    expect(payrolls['185,000']).toBe('us.nonfarm_payrolls');
  });

  it('a level a market "can reach" or is "to test"', () => {
    expect(isKeyLevel('We think the index can reach ')).toBe(true);
    expect(isKeyLevel('a call for the pair to test ')).toBe(true);
  });

  it('leaves past levels alone: "tested 160", "closed at"', () => {
    expect(isKeyLevel('the pair tested ')).toBe(false);
    const ids = idsOf('Gold closed at $4,120 an ounce after it found support earlier in the day.');
    expect(ids['$4,120']).toBe('cmd.gold_usd');
  });

  it('key-level-after: "flag $60,000 as the key support", "the 5,800 area is the next hurdle"', () => {
    const ids = idsOf([
      'Options desks flag $62,000 as the key support for bitcoin this week.',
      'S&P 500: the 6,900 area is the next hurdle for buyers.',
    ]);
    expect(ids['$62,000']).toBe('-');
    expect(ids['6,900']).toBe('-');
    expect(isKeyLevelAfter(' an ounce after it found support')).toBe(false);
  });

  it('key-level-for: "support for the S&P 500 near 6,200": the market between cue and level', () => {
    const ids = idsOf('Chartists see support for the S&P 500 near 6,650, a level that held in October.');
    expect(ids['6,650']).toBe('-');
  });

  it('key-level-label: "10-year yield floor: 4.12%", "USD/JPY intervention zone: 162.00"', () => {
    const ids = idsOf(['Levels we watch', '10-year Treasury yield floor: 4.12%', 'USD/JPY intervention zone: 162.00']);
    expect(ids['4.12%']).toBe('-');
    expect(ids['162.00']).toBe('-');
    expect(isKeyLevel('the floor of the range is ')).toBe(false);
  });

  it('level-to-watch: "157.00, the area where officials have warned" and "2.30%, a break above which" are levels to watch', () => {
    expect(idsOf('USD/JPY: 157.00, the area where Tokyo officials have sounded warnings before.')['157.00']).toBe('-');
    expect(idsOf("10-year JGB: 2.30%, a break above which would put January's high back in play.")['2.30%']).toBe('-');
    expect(idsOf('USD/JPY: 157.00, the highest since January.')['157.00']).toBe('fx.usdjpy');
  });

  it('level-to-watch: "Gold: $4,000 support" and "6,390, a level chart traders treat as first support"', () => {
    expect(idsOf('Gold: $4,000 support', '2026-06-23')['$4,000']).toBe('-');
    expect(
      idsOf('S&P 500: the index now sits about 55 points above 6,390, a level chart traders treat as first support.')[
        '6,390'
      ],
    ).toBe('-');
  });
});

describe('levels-lead-in: a sentence opened by "Levels we are watching:" lists levels to watch', () => {
  it('every figure after the label is unmarked', () => {
    const ids = idsOf('Levels worth watching: the 10-year yield at 4.40% and the S&P 500 at 5,700.', '2025-05-07');
    expect([ids['4.40%'], ids['5,700']]).toEqual(['-', '-']);
  });
  it('the same figures stated as facts are marked', () => {
    expect(idsOf('The 10-year yield closed at 4.40% on Friday.', '2025-05-07')['4.40%']).toBe('us.ust_10y_yield');
  });
});

describe('chart-lines', () => {
  it('a trend line, a moving average or a retracement is a level to watch', () => {
    expect(isKeyLevel('USD/JPY broke its rising trend line at ')).toBe(true);
    expect(isKeyLevel('and now trades below the 20-day SMA at ')).toBe(true);
    expect(isKeyLevel('the 50% Fibonacci retracement at ')).toBe(true);
    expect(isKeyLevel('USD/JPY closed on Wednesday at ')).toBe(false);
  });
});

describe('levels-question', () => {
  it('the answer to "Which levels are traders watching?" lists levels, not readings', () => {
    const ids = idsOf(
      ['Which levels are traders watching? $60,000 for bitcoin, 100 on the dollar index and $4,000 for gold.'],
      '2026-07-02',
    );
    expect(ids['$60,000']).toBe('-');
    expect(ids['$4,000']).toBe('-');
    expect(isLevelsAnswer('What are the key levels to watch? 57,000 on the Nikkei.', 34, 34)).toBe(true);
  });
});

describe('watched-line', () => {
  it('"$80 is the line one desk flags", "$85 is the level traders watch": levels watched, not readings', () => {
    expect(isKeyLevelAfter(' is the line one energy desk flags for inflation risk.')).toBe(true);
    expect(isKeyLevelAfter(' is the level traders watch.')).toBe(true);
    expect(isKeyLevelAfter(' is the highest since January.')).toBe(false);
  });
});

describe('key-level-conjunct', () => {
  it('"flags 9,500 as the next resistance for the FTSE 100 and $1.3550 for cable": neither is marked', () => {
    const ids = idsOf(
      'One strategist flags 9,480 as the next resistance for the FTSE 100 and $1.3560 for cable.',
      '2025-10-01',
    );
    expect(ids['$1.3560'] ?? '-').toBe('-');
    expect(ids['9,480'] ?? '-').toBe('-');
  });
  it('a level that follows with its own verb is still a reading', () => {
    const ids = idsOf('Sterling closed at $1.3474 on Wednesday.', '2025-10-01');
    expect(ids['$1.3474']).toBe('fx.gbpusd');
  });
});

describe('watching-level', () => {
  it('"for USD/CAD, the desk is watching 1.3700" is a level to watch', () => {
    expect(isKeyLevel('for USD/CAD, the desk is watching ')).toBe(true);
    const ids = idsOf('The loonie firmed on Thursday; for USD/CAD, one desk is watching 1.3650.', '2025-12-11');
    expect(ids['1.3650'] ?? '-').toBe('-');
  });
});

describe('watching-level: targeting', () => {
  it('"a long EUR/USD position targeting 1.2350" is no reading of the pair', () => {
    const ids = idsOf(
      'The backdrop makes a case for a long EUR/USD position targeting 1.2250 over the summer.',
      '2025-06-11',
    );
    expect(ids['1.2250'] ?? '-').toBe('-');
  });
});

describe('flagged-on-market: "flagged 6,000 on the S&P 500 as near-term support"', () => {
  it('the market named between the level and its cue, no article after "as"', () => {
    const ids = idsOf(
      'Strategists flagged 6,000 on the S&P 500 as near-term support and 4.60% on the 10-year yield as the level that would trouble equities.',
      '2025-02-07',
    );
    expect([ids['6,000'], ids['4.60%']]).toEqual(['-', '-']);
  });
});

describe('levels-cited: a label of cited or chart levels lists levels to watch', () => {
  it('"Key levels cited by dealers: ... dollar/won 1,450 to 1,500; Hang Seng 27,000"', () => {
    const ids = idsOf(
      'Key levels cited by dealers: KOSPI support near 6,200 and resistance at 6,500; dollar/won 1,450 to 1,500; Hang Seng 27,000.',
      '2026-04-21',
    );
    expect([ids['1,450 to 1,500'], ids['27,000']]).toEqual(['-', '-']);
  });
  it('"Chart levels traders are watching: ... GBP/USD at $1.3500 and $1.3700"', () => {
    const ids = idsOf(
      'Chart levels traders are watching: FTSE 100 support at 10,500; GBP/USD at $1.3500 and $1.3700.',
      '2026-02-18',
    );
    expect([ids['$1.3500'], ids['$1.3700']]).toEqual(['-', '-']);
  });
});

describe('key-level-then', () => {
  it('"Gold: support at $2,650, then $2,600": the next level down the list', () => {
    const ids = idsOf('Gold: support at $2,650, then $2,600.', '2024-11-07');
    expect([ids['$2,650'], ids['$2,600']]).toEqual(['-', '-']);
  });
  it('a move "to $2,650, then $2,700" is still read', () => {
    expect(idsOf('Gold rose to $2,650, then $2,700 on Friday.', '2024-11-08')['$2,700']).toBe('cmd.gold_usd');
  });
});

describe('line-that-capped and round-number-named', () => {
  it('"10-year yield: 4.50% is the line that capped the spring sell-off" is a level to watch', () => {
    expect(
      idsOf('10-year yield: 4.50% is the line that capped the spring sell-off.', '2024-11-07')['4.50%'] ?? '-',
    ).toBe('-');
  });
  it('"S&P 500: 6,000 is the obvious round number" is a level to watch', () => {
    expect(idsOf('S&P 500: 6,000 is the obvious round number for now.', '2024-11-07')['6,000'] ?? '-').toBe('-');
  });
});

describe('floor-to-defend and range-cap', () => {
  it('"24,000 remains the line in the sand", "3.60% caps the range; 3.45% is the floor dip buyers want to defend": levels to watch', () => {
    const ids = idsOf(
      [
        'Nasdaq Composite: 24,000 remains the line in the sand for dip buyers.',
        '2-year Treasury yield: 3.60% caps the range; 3.45% is the floor dip buyers want to defend.',
      ],
      '2026-01-28',
    );
    expect(ids).toEqual({ '24,000': '-', '3.60%': '-', '3.45%': '-' });
  });
});

describe('floor-to-defend', () => {
  it('"The 2-year yield at 3.45% is the floor dip buyers want to defend": a level to watch, never a red', () => {
    expect(idsOf(['The 2-year Treasury yield at 3.45% is the floor dip buyers want to defend.'], '2026-01-28')).toEqual(
      {
        '3.45%': '-',
      },
    );
  });
});

describe('intervention-level', () => {
  it('"after intervention near 160 per dollar" is a level officials might act at, not a quote', () => {
    expect(
      idsOf(['A yen rebound, say after intervention near 160 per dollar, would hurt exporters.'], '2026-05-22'),
    ).toEqual({
      '160': '-',
    });
  });
});

describe('range-cap on a move', () => {
  it('"Dollar index: 100.80 caps the move" is a level to watch', () => {
    expect(
      idsOf(['Dollar index: 100.80 caps the move; a slip back under 99.50 would ease pressure.'], '2026-03-15')[
        '100.80'
      ],
    ).toBe('-');
  });
});

describe('watch-label, must-hold, on-the-side and marker', () => {
  it('key-level lines in their several shapes mark nothing', () => {
    const ids = idsOf(
      [
        'Watch: $120 on Brent and $4,500 on gold.',
        'Shanghai Composite: 4,000 is the line the bulls must hold.',
        'USD/CNY: 6.75 on the downside, 6.80 on the upside.',
        '30-year yield: 5.25% is the next marker for the long bond.',
      ],
      '2026-06-13',
    );
    expect(ids).toEqual({ $120: '-', '$4,500': '-', '4,000': '-', '6.75': '-', '6.80': '-', '5.25%': '-' });
  });
});

describe('close-opens', () => {
  it('"a weekly close above it opens $3,100" for ether is where a break leads, not a price', () => {
    expect(isKeyLevel('Ether has capped at $2,900; a weekly close above it opens ')).toBe(true);
    expect(isKeyLevel('Ether opened the week at ')).toBe(false);
  });
});

describe('break-of-which', () => {
  it('"the dollar index at 97.50, a break of which would deepen the slide" names a level to watch', () => {
    expect(isKeyLevelAfter(', a break of which would deepen the slide.')).toBe(true);
  });
});

describe('round-number-magnet', () => {
  it('"60,000 is the next round-number magnet" for the Nikkei is a level to watch', () => {
    expect(isKeyLevelAfter(' is the next round-number magnet for buyers.')).toBe(true);
  });
});

describe('on-a-pullback', () => {
  it('"3,650 on a pullback" for the TOPIX is where a dip may find buyers', () => {
    expect(isKeyLevelAfter(' on a pullback.')).toBe(true);
    expect(isKeyLevelAfter(' on a strong day for exporters.')).toBe(false);
  });
});

describe('is-now-the-floor', () => {
  it('"$95 is now the floor buyers must defend" for silver is a level to watch', () => {
    expect(isKeyLevelAfter(' is now the floor buyers must defend.')).toBe(true);
  });
});

describe('support-price', () => {
  it('"back to its support price of approximately $110,000" is a level to watch', () => {
    expect(isKeyLevel('Thinner flows could send bitcoin back to its support price of approximately ')).toBe(true);
    expect(isKeyLevel('Bitcoin changed hands at a price of approximately ')).toBe(false);
  });
});

describe('key-levels-label', () => {
  it('"Key levels: $4,800 and $4,650 for gold, $85 and $76 for silver" lists chart levels, none marked', () => {
    const ids = idsOf(
      'Key levels: $4,800 and $4,650 for gold, $85 and $76 for silver, $78,000 for bitcoin.',
      '2026-05-09',
    );
    expect(Object.values(ids)).toEqual(['-', '-', '-', '-', '-']);
  });
});

describe('range-label', () => {
  it('"USD/KRW: range 1,425 to 1,460." in a key-levels list is a range to watch, not a reading', () => {
    expect(isKeyLevel('USD/KRW: range ')).toBe(true);
    expect(idsOf('USD/KRW: range 1,425 to 1,460.', '2025-02-14')['1,425 to 1,460']).toBe('-');
  });
});

describe('first-floor', () => {
  it('"DAX: 23,300 is the first floor" is a level to watch; "the floor of the range" elsewhere is not', () => {
    expect(isKeyLevelAfter(' is the first floor; a close above 24,000 would reopen the record')).toBe(true);
    expect(isKeyLevelAfter(' is the floor of the range')).toBe(false);
  });
});

describe('testing-level', () => {
  it('"and Brent tests $60 quickly" names a level being tried, not a price', () => {
    expect(idsOf('"One more weak demand report and Brent tests $60 quickly," a trader said.', '2025-10-03').$60).toBe(
      '-',
    );
    expect(idsOf('Gold is testing $4,000 an ounce in Asian trade.', '2025-10-03')['$4,000']).toBe('-');
  });
  it('a level tested in the past is still a fact', () => {
    expect(idsOf('Brent tested $60 on Tuesday before settling higher.', '2025-10-03').$60).toBe('cmd.brent_usd');
  });
});

describe('key-level: a test at a level, and a level "as near-term support"', () => {
  it('test-noun: "faces a round-number test at 40,000" is a level to watch', () => {
    expect(isKeyLevel('the Nikkei faces a round-number test at ')).toBe(true);
  });
  it('"5,350 as near-term support", with no article, is a level to watch', () => {
    expect(isKeyLevelAfter(' as near-term support.')).toBe(true);
    expect(isKeyLevelAfter(' as the index closed higher')).toBe(false);
  });
});

describe('flagged-as-zone: a level named for what happens there', () => {
  it('"desks flagged 152 yen as the zone where the ministry could step in" is no quote', () => {
    expect(
      idsOf("Dealers flagged 152 yen as the zone where Japan's finance ministry might act.", '2024-10-31')['152 yen'],
    ).toBe('-');
  });
});

describe('area-after and a "real" support', () => {
  it('"bounced from the 1.2880 area" and "circling 5,200 on the S&P 500 as the first real support" are no quotes', () => {
    expect(idsOf('Cable has bounced from the 1.2880 area this week.', '2025-03-27')['1.2880']).toBe('-');
    expect(
      idsOf('Chart watchers are circling 5,200 on the S&P 500 as the first real support.', '2024-05-30')['5,200'],
    ).toBe('-');
  });
});

describe('the-line and index-target', () => {
  it('"The yen\'s 155 line" and "a 3,200 KOSPI target" are no readings', () => {
    expect(
      idsOf(["The yen's 155 line and the intervention question S&P 500 and the 5,000 floor"], '2024-04-15')['155'],
    ).toBe('-');
  });

  it('index-target: "a 3,200 KOSPI target" is where desks see the index, not where it stands', () => {
    const text = 'Seoul stocks rallied; a 3,200 KOSPI target now looks within reach, strategists said.';
    expect(idsOf(text, '2025-06-24')['3,200']).toBe('-');
  });
});

describe('comes-in-at', () => {
  it('"support comes in at 1.2500" is a chart level, not the pair', () => {
    expect(isKeyLevel('For cable, support comes in at ')).toBe(true);
    expect(idsOf('For cable, support comes in at 1.2500 and resistance at 1.2600.', '2024-04-10')['1.2500']).toBe('-');
  });
});

describe('cited-by', () => {
  it('"Technical support cited by analysts near 37,000 on the Nikkei" is a chart level, not judged', () => {
    const ids = idsOf(
      'Technical support cited by analysts near 37,000 on the Nikkei is not a closing level.',
      '2024-08-23',
    );
    expect(ids['37,000'] ?? '-').toBe('-');
    expect(isKeyLevel('Technical support cited by analysts near ')).toBe(true);
  });
});

describe('key-level: line in the sand', () => {
  it('"My S&P 500 line in the sand is 6,500" names a level to watch, not a close', () => {
    const ids = idsOf('My S&P 500 line in the sand is 6,500.', '2026-03-08');
    expect(ids['6,500'] ?? '-').toBe('-');
    expect(isKeyLevel('My S&P 500 line in the sand is ')).toBe(true);
  });
});
