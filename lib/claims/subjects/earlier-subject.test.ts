import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf, ruleOf } from '../test-engine';

describe('earlier-subject: "the index" or "it" points back to the subject named last', () => {
  it('"The index rose 1.2%" after a sentence naming the Nikkei is the Nikkei', () => {
    const blocks = ['The Nikkei 225 closed at 50,339.48 on Friday.', 'The index rose 1.2% on the week.'];
    expect(ruleOf(blocks, '1.2%')).toEqual({ id: 'idx.nikkei225', rule: 'earlier-subject' });
  });

  it('an indefinite "a gauge of banks" does not point back', () => {
    const blocks = ['The Nikkei 225 closed at 50,339.48 on Friday.', 'A gauge of banks rose 1.2% on the week.'];
    expect(ruleOf(blocks, '1.2%').id).toBe('-');
  });

  it('"the index" does not point back to a subject of another kind', () => {
    const blocks = ['Silver was little changed at $61.86 an ounce.', 'The index rose 1.2% on the week.'];
    expect(ruleOf(blocks, '1.2%').id).toBe('-');
  });

  it('"It\'s down 16.6%" is the subject named last', () => {
    const blocks = ['Silver was little changed at $61.86 an ounce.', "It's down 16.6% from its peak."];
    expect(ruleOf(blocks, '16.6%')).toEqual({ id: 'cmd.silver_usd', rule: 'pronoun-it' });
  });

  it('anaphor-over-later-name: "The pair traded at 157.20 ..., firmer for the yen than Monday\'s 157.90"', () => {
    const blocks =
      "The yen barely moved in Tokyo trading. The pair traded at 157.20 at noon in New York, a little firmer for the yen than Monday's 157.90.";
    expect(ruleOf(blocks, '157.20', '2026-01-15')).toEqual({ id: 'fx.usdjpy', rule: 'earlier-subject' });
  });

  it('other-measure: "While the headline PPI dipped 0.1%, it remains 2.6% higher" is not the CPI named before', () => {
    const ids = idsOf(
      [
        'The core CPI rose 3.1% from a year earlier.',
        'The headline PPI fell 0.1% in August, though it is still 2.6% above a year before.',
      ],
      '2025-09-12',
    );
    expect(ids['2.6%']).toBe('-');
  });
});

describe('pronoun-it-in-sentence', () => {
  it('"though it remains" carries the subject of the figure before in the same sentence', () => {
    const text =
      'Bitcoin, the largest token by value, was quoted at $77,495, up 0.9% on the day, although it is still 11.6% below where it started the year.';
    expect(ruleOf([text], '11.6%', '2026-05-20')).toEqual({ id: 'crypto.btc_usd', rule: 'pronoun-it' });
  });
});

describe('at-figure-it', () => {
  it('"At $1.19 trillion, it is ..." is the level of the subject named last', () => {
    const text = [
      "Japan's holdings of Treasuries climbed by $8.9 billion to $1.19 trillion in September.",
      'At $1.19 trillion, it remains the largest foreign stake.',
    ];
    const hits = claimsOf(text, '2025-11-20').filter((c) => c.text === '$1.19 trillion');
    expect(hits.map((c) => c.indicator?.id ?? '-')).toEqual(['jp.ust_holdings', 'jp.ust_holdings']);
  });
});

describe('move-noun-of', () => {
  it('"The drop of $47.7 billion" is a move of the holdings named in the sentence before', () => {
    const blocks = [
      'Japan held $1,191.6 billion of Treasuries at the end of March, against $1,239.3 billion in February. The drop of $47.7 billion was the steepest in the table.',
    ];
    expect(ruleOf(blocks, '$47.7 billion', '2026-05-21')).toEqual({ id: 'jp.ust_holdings', rule: 'earlier-subject' });
  });
});

describe('that-was: "That was slower than January\'s 2.0%" speaks of the figure named last', () => {
  it('the carried subject and the month of the compared figure', () => {
    const cs = claimsOf(
      [
        "Japan's core consumer price index rose 1.6% in February from a year before.",
        "That was slower than January's 2.0%.",
      ],
      '2026-03-24',
    );
    const c = cs.find((x) => x.text === '2.0%');
    expect(c?.indicator?.id).toBe('jp.core_cpi_yoy');
    expect(c?.period).toMatchObject({ type: 'point', period: '2026-01' });
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('benchmark-among-several', () => {
  it('"The benchmark" after a sentence naming three indices is left unmarked, not given to the one named last', () => {
    const blocks = [
      'The S&P 500 rose 61.82 points, or 0.84%, to 7,389.93, while the Dow barely moved, adding 12.19 points. The benchmark is up 2.33% for the week.',
    ];
    expect(idsOf(blocks, '2026-05-08')['2.33%']).toBe('-');
  });
  it('after one index, "the benchmark" is that index', () => {
    const blocks = ['The S&P 500 rose 61.82 points, or 0.84%, to 7,389.93. The benchmark is up 2.33% for the week.'];
    expect(idsOf(blocks, '2026-05-08')['2.33%']).toBe('idx.sp500');
  });
});

describe('target-never-moves', () => {
  it('"it shrank 0.4%" after a sentence naming the 2% price target is not the target', () => {
    const cs = claimsOf(
      ['The Bank of Japan keeps its 2% price target.', 'Revised data show it shrank 0.4% in the third quarter.'],
      '2025-12-22',
    );
    expect(cs.find((c) => c.text === '0.4%')?.indicator?.id ?? null).not.toBe('jp.boj_inflation_target');
  });
});

describe('broad index after the Nasdaq (U.S.)', () => {
  it('"the broad index" after the Nasdaq is the S&P 500', () => {
    const cs = claimsOf(
      ['The Nasdaq Composite gave up 0.92% to 20,412.52.', 'Even so, the broad index is still up 5.9% for the year.'],
      '2025-07-07',
    );
    expect(cs.find((c) => c.text === '5.9%')?.indicator?.id).toBe('idx.sp500');
  });
});

describe('anaphor-to-sentence-name', () => {
  it('"the index" far into a sentence points back to the one index named at its start', () => {
    const ids = idsOf(
      ['The Topix started Tuesday in the red as traders banked gains from Monday, when the index jumped 52.4 points.'],
      '2024-03-19',
    );
    expect(ids['52.4 points']).toBe('idx.topix');
  });
  it('not when two indexes stand before "the index"', () => {
    const ids = idsOf(
      [
        'The Topix and the Nikkei 225 started Tuesday in the red as traders banked gains from Monday, when the index jumped 52.4 points.',
      ],
      '2024-03-19',
    );
    expect(ids['52.4 points']).toBe('-');
  });
});

describe('it-and-verb', () => {
  it('"It ..., as a weaker yen helped exporters, and ended up 263.16 points": "it" is the index named last', () => {
    const ids = idsOf(
      [
        'The Nikkei 225 slipped early on Tuesday.',
        'It recovered after lunch as a weaker yen helped exporters, and ended up 263.16 points.',
      ],
      '2024-03-19',
    );
    expect(ids['263.16 points']).toBe('idx.nikkei225');
  });
});

describe('not-a-benchmark', () => {
  it('"the benchmark index" after the VIX is not the VIX', () => {
    const ids = idsOf(
      [
        'The Dow lost 120 points on Tuesday. The VIX, the market’s fear gauge, rose to 19.80. Still, the benchmark index is up 2.1% for the year.',
      ],
      '2025-06-17',
    );
    expect(ids['2.1%']).not.toBe('idx.vix');
  });
});

describe('benchmark-then-it', () => {
  it('"it" in a sentence opened by "the benchmark" is not marked when several indices were named before', () => {
    const ids = idsOf(
      [
        'For the week, the S&P 500 rose 2.2% and the Nasdaq 3.1%. The benchmark index is up about 4% this year, after a slide that had left it 17% below its peak.',
      ],
      '2025-06-27',
    );
    expect(ids['17%']).toBe('-');
  });
});

describe('it-after-lead', () => {
  it('"Over seven days it has lost 5.3%": "it" need not open the sentence', () => {
    const ids = idsOf(['Bitcoin was quoted at $110,127.74 on Sunday. Over seven days it has lost 5.3%.'], '2025-08-24');
    expect(ids['5.3%']).toBe('crypto.btc_usd');
  });
});

describe('other-measure: industrial output', () => {
  it('"industrial output grew ..., while ... it rose" is not the GDP named before', () => {
    const ids = idsOf(
      [
        'China’s economy grew 5.2% from a year earlier in the second quarter.',
        'Factory output expanded 6.4 percent over the first six months; in the first quarter alone it was up 6.5 percent.',
      ],
      '2025-07-15',
    );
    expect(ids['6.5 percent']).toBe('-');
  });
});

describe('it-grew', () => {
  it('"figures show it shrank 0.4%" after a policy rate is the economy, not the rate', () => {
    const s =
      'The Bank of Japan raised its policy rate to 0.75% on Friday. The economy is weak: figures show it shrank 0.4% in July-September.';
    expect(idsOf([s], '2025-12-19')['0.4%']).toBe('-');
  });
  it('after a growth figure, "it expanded" is that economy', () => {
    const s = "Japan's economy grew 0.3% in the second quarter. It expanded 1.1% at an annualized pace.";
    expect(idsOf([s], '2025-08-20')['1.1%']).toBe('jp.gdp_growth_annualized');
  });
});

describe('other-measure-past-clause', () => {
  it('"It gained 70 points, or 0.3%, with industrial names in demand": "industrial" is another clause\'s', () => {
    const ids = idsOf(
      ["Germany's DAX ended at 23,703.65. It gained 70.07 points, or 0.30%, with chemical and industrial names bid."],
      '2025-09-11',
    );
    expect(ids['70.07 points']).toBe('idx.dax');
  });
});

describe('it-after-nearer-name', () => {
  it('"The S&P 500 remains 14.4% above ..., and the Nasdaq has held up too: it is still 19.1% higher" is the Nasdaq', () => {
    const ids = idsOf(
      [
        'The S&P 500 remains 14.4% above its 2024 finish, and the Nasdaq has not handed back much of its hefty annual gain either: it is still up 19.1% since the end of December.',
      ],
      '2025-11-08',
    );
    expect(ids['14.4%']).toBe('idx.sp500');
    expect(ids['19.1%']).toBe('idx.nasdaq_composite');
  });
});

describe('it-before-next-clause', () => {
  it('"It ended the week 3.7% higher, and the broader TOPIX also set a record": "it" is the Nikkei', () => {
    const ids = idsOf(
      [
        'The Nikkei 225 rose 1.7% to a record close. It ended the week 3.7% higher, and the broader TOPIX also set a record.',
      ],
      '2025-08-15',
    );
    expect(ids['3.7%']).toBe('idx.nikkei225');
  });
});

describe('heavyweight-after-anaphor', () => {
  it('"The market bellwether Samsung Electronics soared 6.07 percent" is not the KOSPI named before', () => {
    const ids = idsOf(
      [
        'The KOSPI rose 1.73 percent to 3,610.60 on Friday.',
        'The market bellwether Samsung Electronics soared 6.07 percent.',
      ],
      '2025-10-10',
    );
    expect(ids['6.07 percent'] ?? '-').toBe('-');
  });
});

describe('that-after-plain', () => {
  it('"... the consumer inflation rate the ministry uses. That was 1.7 per cent in January" is not the BOJ rate named before', () => {
    const ids = idsOf(
      [
        'The Bank of Japan last raised its policy rate in December, to 0.75 per cent.',
        'The pay growth outpaced the consumer inflation rate the ministry uses to calculate real wages. That was 1.7 per cent in January.',
      ],
      '2026-03-09',
    );
    expect(ids['1.7 per cent'] ?? '-').toBe('-');
  });
});

describe('price-weighted', () => {
  // Stored Nikkei 225, 2026-06-03: 68,402.13, up 1,667.89.
  it('"The price-weighted average" after a Nikkei lead-in is the Nikkei, no commodity price', () => {
    const blocks = ['Nikkei 225. The price-weighted average climbed 1,667.89 points to end at 68,402.13.'];
    expect(ruleOf(blocks, '68,402.13', '2026-06-03').id).toBe('idx.nikkei225');
  });
});

describe('ice-gauge', () => {
  it('"The ICE gauge" after a dollar-index lead-in is the dollar index', () => {
    expect(ruleOf(['Dollar index. The ICE gauge ended at 101.18 on Friday.'], '101.18', '2024-09-06').id).toBe(
      'fx.dxy',
    );
  });
});

describe('scoped-benchmark', () => {
  // Stored EIA spot prices, 2024-09-06: Brent $72.82, down $1.65.
  it('"the global benchmark" points back to Brent, never to WTI named last', () => {
    expect(ruleOf(['Brent. The global benchmark dropped $1.65 to $72.82.'], '$72.82', '2024-09-06').id).toBe(
      'cmd.brent_usd',
    );
    expect(ruleOf(['WTI. The global benchmark dropped $1.65 to $72.82.'], '$72.82', '2024-09-06').id).toBe('-');
  });
});

describe('its-figure-opens', () => {
  it('"Its 9.2% weekly slide" opening a sentence is the move of the subject named last', () => {
    const blocks = [
      'Brent fell $1.65 to $72.82 on Friday. Its 9.2% weekly slide leaves it at its lowest since June 2023.',
    ];
    expect(ruleOf(blocks, '9.2%', '2024-09-06')).toEqual({ id: 'cmd.brent_usd', rule: 'pronoun-it' });
  });
});

describe('composite-anaphor', () => {
  it('"The composite gained 1.3%" after the Nasdaq Composite is named is the Nasdaq', () => {
    const blocks = ['The Nasdaq Composite rose on Friday. The composite gained 1.3% on the week to 22,780.51.'];
    expect(ruleOf(blocks, '22,780.51', '2025-10-05').id).toBe('idx.nasdaq_composite');
  });
});

describe('index-parts', () => {
  it('"among the index\'s 11 sectors, utilities fell 3.1%": the figure is a sector\'s, not the index carried', () => {
    const blocks = [
      'The S&P 500 fell 2.1% on the week.',
      "Among the index's 11 sectors, utilities fell 3.1% over the week.",
    ];
    expect(claimsOf(blocks, '2024-12-21').find((c) => c.text === '3.1%')?.indicator).toBeFalsy();
  });
  it('"the index fell 3.1%" still carries it', () => {
    const blocks = ['The S&P 500 fell 2.1% on Monday.', 'On Tuesday the index fell 3.1%.'];
    expect(claimsOf(blocks, '2024-12-21').find((c) => c.text === '3.1%')?.indicator?.id).toBe('idx.sp500');
  });
});

describe('opening-anaphor', () => {
  it('"The pair finished the New York session at 146.95": the opening "the pair" reaches past six words', () => {
    const ids = idsOf(
      [
        'The dollar rose to 147.10 yen on Monday.',
        'The Bank of Japan kept its policy rate at 0.5%.',
        'The pair finished the New York session at 146.95, down 0.1%.',
      ],
      '2025-09-09',
    );
    expect(ids['146.95']).toBe('fx.usdjpy');
  });
});

describe('plain-names-pair', () => {
  it('"the pair" after a sentence without figures naming one pair (and the greenback) is that pair', () => {
    const ids = idsOf(
      [
        'The Bank of Japan kept its policy rate at 0.5%.',
        'EUR/USD extended its climb as a weak jobs report failed to rescue the greenback. The pair ended at 1.1712.',
      ],
      '2025-09-05',
    );
    expect(ids['1.1712']).toBe('fx.eurusd');
  });
});

describe('clause-pair', () => {
  it('"..., pair sheds 0.3% on the week": a clause opened by "pair" is the pair named before, not a nearer gauge', () => {
    const ids = idsOf(
      ['EUR/USD Weekly Close: Euro holds 1.1087 as August flash HICP cools to 2.2%, pair sheds 0.3% on the week'],
      '2024-08-30',
    );
    expect([ids['2.2%'], ids['0.3%']]).toEqual(['ea.hicp_yoy', 'fx.eurusd']);
  });
});

describe('broader-is-no-benchmark', () => {
  it('"the benchmark" after the broader Topix is not the Topix', () => {
    // Topix 2024-04-26 2,686.48 → 2024-05-02 2,728.53 (+1.57%); Nikkei 37,934.76 → 38,236.07 (+0.79%).
    const blocks = [
      'The Nikkei share average fell 0.10% to 38,236.07. The broader Topix dipped 0.03% to close at 2,728.53.',
      "Both gauges still hold gains for the week. The benchmark finished Thursday up 0.8% from last Friday's close.",
    ];
    expect(ruleOf(blocks, '0.8%', '2024-05-02').id).not.toBe('idx.topix');
  });
});

describe('pair-moves-itself', () => {
  it("\"the won's strongest ..., and the pair is down 3.3% this year\" is the pair's fall, not the won's", () => {
    // USD/KRW: 2024-12-31 1,477.86 → 2025-01-24 1,429.17 (−3.29%).
    const cs = claimsOf(
      ['USD/KRW fell 5.12 won to 1,429.17, the won’s strongest since Dec. 11, and the pair is down 3.3% this year.'],
      '2025-01-24',
    );
    const c = cs.find((x) => x.text === '3.3%')!;
    expect(c.value).toBe(-3.3);
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('benchmark-tenor', () => {
  it('"the benchmark" after a two-year yield is not the two-year: no subject rather than the wrong one', () => {
    const claims = claimsOf(
      [
        'The two-year yield fell 6 basis points to 4.75%.',
        'Even after the drop, the benchmark remains 43 basis points above its 3.88% close on Dec. 29.',
      ],
      '2024-06-12',
    );
    expect(claims.find((c) => c.text === '3.88%')?.indicator?.id ?? '-').not.toBe('us.ust_2y_yield');
  });
});

describe('duty-after', () => {
  it('"its own 34% duty" after a jobless rate is no jobless rate', () => {
    const c = claimsOf(
      [
        'The jobless rate rose to 4.2% in March.',
        'Beijing did not wait: on Friday it announced its own 34% duty on every American product.',
      ],
      '2025-04-05',
    ).find((x) => x.text === '34%');
    expect(c?.indicator?.id ?? '-').not.toBe('us.unemployment_rate');
  });
});

describe('dow-no-benchmark', () => {
  it('"the benchmark" after a paragraph that ends on the Dow is not guessed to be the Dow', () => {
    const blocks = [
      'The Dow Jones Industrial Average shed 154.10 points, or 0.35%, to 44,247.83, a fourth straight decline for the blue chips.',
      'Put that in context, though. The benchmark is still up 26.5% this year.',
    ];
    expect(claimsOf(blocks, '2024-12-11').find((c) => c.text === '26.5%')?.indicator ?? null).toBeNull();
  });
});
