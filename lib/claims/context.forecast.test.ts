import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf, verdictOf } from './test-engine';
import { contextOf } from '../../tests/helpers/context-of';

// Projections, expectations, previews: never judged as facts (issue #11, item 5).
const hyp = (text: string, n: string, published = '2025-12-08') => contextOf(text, n, published).hypothetical;

describe('forecast cues', () => {
  it('year-lead: "For 2026, the Fed saw ..." makes the whole list a projection', () => {
    expect(hyp('For 2026, the Fed saw the unemployment rate at 4.4% and core inflation at 2.5%.', '4.4%')).toBe(true);
    expect(hyp('For 2026, the Fed saw the unemployment rate at 4.4% and core inflation at 2.5%.', '2.5%')).toBe(true);
    // Written in 2027 about 2026, it is history.
    expect(hyp('For 2026, the unemployment rate averaged 4.4% and inflation 2.5%.', '2.5%', '2027-02-01')).toBe(false);
  });

  it('or-for-to: "asked to vote on either a 25bps cut or for the rate to remain at 4.25%" is a choice, not the rate', () => {
    const text =
      'A second round was held and the Committee was asked to vote on either a 25bps cut or for the rate to remain at 4.25%.';
    expect(hyp(text, '4.25%', '2025-08-07')).toBe(true);
  });

  it('move-noun-modal: "dips to $2,800/oz could trigger renewed buying" is a condition, not a price', () => {
    const text = "While gold's RSI hit overbought levels in Q2, dips to $2,800/oz could trigger renewed buying.";
    expect(hyp(text, '$2,800', '2025-06-17')).toBe(true);
    // A move that happened is no condition: "gold's drop to $3,300 could not last" states the drop.
    expect(hyp('Gold fell to $3,300 on Tuesday as the dollar firmed.', '$3,300', '2025-06-17')).toBe(false);
  });

  it('first-person-view-after: "around $85 for WTI I\'d expect refiners to start pushing back" is a view', () => {
    expect(hyp("But around $85 for WTI I'd expect refiners to start pushing back.", '$85', '2026-07-14')).toBe(true);
    expect(hyp('WTI settled at $80.44 and we expect more gains.', '$80.44', '2026-07-14')).toBe(false);
  });

  it('market-pricing-noun: "despite market pricing of 90 basis points of cuts for the year" is an expectation', () => {
    const text =
      "The Fed's reluctance to cut rates—despite market pricing of 90 basis points of cuts for the year—stands out.";
    expect(hyp(text, '90 basis points', '2025-07-28')).toBe(true);
  });

  it('odds-from: "a 22% chance of a quarter-point cut ..., up from 17% on Monday": 17% is the odds before', () => {
    const text =
      "Interest rate futures implied about a 22% chance of a quarter-point cut at the Fed's March meeting, up from 17% on Monday.";
    expect(hyp(text, '17%', '2026-02-10')).toBe(true);
  });

  it('odds-on: "puts 30% odds on Brent touching $120 before the end of the quarter": a priced chance, not a price', () => {
    const text = 'Our commodity team now puts 30% odds on Brent touching $120 before the end of the quarter.';
    expect(hyp(text, '$120', '2026-03-18')).toBe(true);
  });

  it('squeezed-indent: a source indent inside the sentence does not push the forecast cue out of reach', () => {
    const text = 'She sees the benchmark 10-year yield ending the year at 3.85%.';
    expect(hyp(text, '3.85%', '2025-09-11')).toBe(true);
    expect(hyp(text.replace('benchmark ', 'benchmark          '), '3.85%', '2025-09-11')).toBe(true);
  });

  it('seen: "is seen trimming its rates by 25 bps" is an expectation', () => {
    expect(hyp('The Federal Reserve is seen trimming its interest rates by 25 bps next week.', '25 bps')).toBe(true);
    expect(hyp('The Federal Reserve cut its interest rates by 25 bps last week.', '25 bps')).toBe(false);
  });

  it('preview-participle: "would be the third cut, taking the funds rate to 3.50-3.75%"', () => {
    expect(
      hyp('A cut on Wednesday would be the third this year, taking the funds rate to 3.50-3.75%.', '3.50-3.75%'),
    ).toBe(true);
    expect(
      hyp('The cut on Wednesday was the third this year, taking the funds rate to 3.50-3.75%.', '3.50-3.75%'),
    ).toBe(false);
  });

  it('market-pricing and dot plots: "markets price a 25 bp cut", "the median dot shows 3.4%"', () => {
    expect(hyp('Markets price a 25 basis point cut by the Fed in March.', '25 basis point')).toBe(true);
    expect(hyp('The median dot shows the fed funds rate at 3.4% at the end of 2026.', '3.4%')).toBe(true);
  });
});

describe('forecast cues: who sees, and when', () => {
  it('traders-see: "Traders see the funds rate near 3.25%" is an expectation', () => {
    expect(hyp('Traders see the funds rate near 3.25% soon.', '3.25%')).toBe(true);
  });
  it('later-after: "... by the middle of next year" speaks of a time after the article', () => {
    expect(hyp('The funds rate is near 3.25% by the middle of next year.', '3.25%')).toBe(true);
    expect(hyp('The funds rate was near 3.25% by the middle of last year.', '3.25%')).toBe(false);
  });
});

describe("forecast cues on analysts' calls (blind round 9)", () => {
  it('modal-path: "which would take the policy rate to 1%" and "would likely push EUR/USD toward the 1.18 handle"', () => {
    expect(
      hyp('She expects the central bank to hike again by summer, which would take the policy rate to 1%.', '1%'),
    ).toBe(true);
    expect(hyp('A soft payrolls print would likely push EUR/USD toward the 1.18 handle.', '1.18')).toBe(true);
    // Stated, not supposed: the same verbs in the past tense are facts.
    expect(hyp('The hike in December took the policy rate to 0.75%.', '0.75%')).toBe(false);
    expect(hyp('The dollar slid and pushed EUR/USD to 1.1750.', '1.1750')).toBe(false);
  });

  it('whether-threshold: "whether officials accept a dollar-yen above 160" asks, it does not state', () => {
    expect(hyp('The open question is whether officials accept a dollar-yen above 160 before the meeting.', '160')).toBe(
      true,
    );
    expect(hyp('The dollar-yen rate held above 157 before the meeting.', '157')).toBe(false);
  });

  it('central-case: "my base case is that holdings are back above $1.2 trillion"', () => {
    expect(hyp("Our central case is that Japan's holdings climb back above $1.2 trillion.", '$1.2 trillion')).toBe(
      true,
    );
    expect(hyp("In this case Japan's holdings stood at $1.19 trillion.", '$1.19 trillion')).toBe(false);
  });

  it('year-end-ahead: "see core PCE ending 2026 at 3.1%" in June 2026 is a forecast; "ended 2025 at" is not', () => {
    expect(hyp('The desk has core PCE ending 2026 at 3.1%.', '3.1%', '2026-06-16')).toBe(true);
    expect(hyp('The Nikkei ended 2025 at 50,339.48.', '50,339.48', '2026-01-02')).toBe(false);
  });
});

describe('hypothetical-after stops at a new clause: "left its rate at 0.75% and said it would ..."', () => {
  it('the rate stated is marked; a "would" in its own clause right after it still makes it hypothetical', () => {
    const s = 'The Bank of Japan left its short-term policy rate at 0.75% and said it would keep raising rates.';
    expect(idsOf(s, '2026-04-28')['0.75%']).toBe('jp.boj_policy_rate');
    expect(
      idsOf('The BOJ could lift its rate to 1.25%, which would be the highest in decades.', '2026-04-28')['1.25%'],
    ).toBe('-');
  });
});

describe('forecast-through-figure', () => {
  it('a decimal figure inside the forecast does not end it', () => {
    const text = 'Our central case is a 3.1% reading and a quarter-point Fed cut next Wednesday.';
    expect(claimsOf([text], '2025-10-24').find((c) => c.text === 'a quarter-point')?.indicator ?? null).toBeNull();
  });
});

describe('assumes', () => {
  it("a company's assumed exchange rate is a plan, not a quote", () => {
    const text = 'The carmaker now assumes a dollar-yen rate of 150 yen for the fiscal year.';
    expect(claimsOf([text], '2026-05-21').find((c) => c.text === '150 yen')?.indicator ?? null).toBeNull();
  });
});

describe('dissent-preference', () => {
  it('a rate dissenters favoured is a proposal, not the rate', () => {
    const text = 'The bank held at 0.5%, although two members dissented in favour of lifting it to 0.75%.';
    expect(claimsOf([text], '2025-09-29').find((c) => c.text === '0.75%')?.indicator ?? null).toBeNull();
    const other = 'The Bank of Japan held at 0.5%; two members preferred a rise to 0.75%.';
    expect(claimsOf([other], '2025-09-29').find((c) => c.text === '0.75%')?.indicator ?? null).toBeNull();
  });
});

describe('forecast-list-still', () => {
  it('"the median official still pencilled in ... and saw unemployment at 4.4%" is a projection', () => {
    const text =
      'In March the median official still pencilled in one cut for 2026 and saw PCE inflation at 2.7%, growth of 2.4% and unemployment at 4.4%.';
    expect(claimsOf([text], '2026-04-29').find((c) => c.text === '4.4%')?.indicator ?? null).toBeNull();
  });
});

describe('kept-until-later: a level kept into a time to come is the forecast', () => {
  it('"we see the Fed on hold at 3.50%-3.75% until at least September" is not marked', () => {
    const ids = idsOf('For now, we see the Fed on hold at 3.50%-3.75% until at least September.', '2026-04-10');
    expect(ids['3.50%-3.75%']).toBe('-');
  });
  it('"expected to keep rates at 3.50%-3.75%" is still today\'s level', () => {
    const ids = idsOf("The Fed is expected to keep rates at 3.50%-3.75% at next week's meeting.", '2026-04-10');
    expect(ids['3.50%-3.75%']).toBe('us.fed_funds_target_upper');
  });
});

describe('kept-through-year: a level kept through this year or a later one is the forecast', () => {
  it('"will keep the deposit rate at 2.00% through both 2026 and 2027" written in 2026 is not marked', () => {
    const ids = idsOf(
      'Our call is that Frankfurt will keep the ECB deposit rate at 2.00% through both 2026 and 2027.',
      '2026-02-05',
    );
    expect(ids['2.00%']).toBe('-');
  });
  it('a hold today with no time to come is still marked', () => {
    const ids = idsOf('The ECB held the deposit rate at 2.00% on Thursday.', '2026-02-05');
    expect(ids['2.00%']).toBe('ea.ecb_deposit_rate');
  });
});

describe('seen-at: "with the 10-year yield seen at 4.60%" is a forecast; "last seen at" a quote', () => {
  it('is not marked after a target, while "was last seen at" is', () => {
    expect(
      idsOf('Our end-September target for USD/JPY is 150, with the 10-year yield seen at 4.60%.', '2025-05-16')[
        '4.60%'
      ],
    ).toBe('-');
    expect(idsOf('The 10-year Treasury yield was last seen at 4.43%.', '2025-05-16')['4.43%']).toBe('us.ust_10y_yield');
  });
});

describe('by-year-end', () => {
  it('"takes the federal funds rate to 3.63% by year-end" is a level to come', () => {
    const ids = idsOf('Swaps sketch a path that takes the federal funds rate to 3.63% by year-end.', '2025-09-09');
    expect(ids['3.63%']).toBe('-');
  });
});

describe('dissent-wanted', () => {
  it('"the two dissenters wanted 0.75%" is a preference, not the rate', () => {
    const ids = idsOf(
      'The Bank of Japan kept its short-term rate at 0.5% in a 7-2 vote; the two dissenters wanted 0.75%.',
      '2025-10-30',
    );
    expect(ids['0.75%']).toBe('-');
    expect(ids['0.5%']).toBe('jp.boj_policy_rate');
  });
});

describe('in-demand', () => {
  it('"oil producers were in demand as Brent crude climbed to $71.15" is no demand for a level', () => {
    expect(
      idsOf('Oil producers were in demand as Brent crude climbed to $71.15 a barrel.', '2026-02-04')['$71.15'],
    ).toBe('cmd.brent_usd');
  });
});

describe('forecast-with', () => {
  it('"we would look for a quiet year, with the S&P 500 ending about 2% lower" is a forecast', () => {
    const ids = idsOf(
      'For next year we would look for a quiet market, with the S&P 500 ending down about 2%.',
      '2026-01-02',
    );
    expect(ids['2%']).toBe('-');
  });
});

describe('by-the-middle-of-year', () => {
  it('"price a floor for the deposit rate near 1.75% by the middle of 2026" written in 2025 is a forecast', () => {
    expect(
      idsOf('Swaps price a floor for the ECB deposit rate near 1.75% by the middle of 2026.', '2025-07-24')['1.75%'],
    ).toBe('-');
  });
});

describe('forecast-through-initials', () => {
  it('"Economists expect U.S. employers to have added about 190,000": "U.S." does not end the forecast', () => {
    expect(hyp('Economists expect U.S. employers to have added about 190,000 jobs.', '190,000', '2024-07-03')).toBe(
      true,
    );
  });
});

describe('forecast-through-thousands', () => {
  it('"Forecasters had looked for 65,000 jobs and a 4.4% jobless rate": the thousands comma does not end the forecast', () => {
    expect(
      hyp(
        'Forecasters surveyed by Ledgerline had looked for 65,000 jobs and a 4.4% jobless rate.',
        '4.4%',
        '2026-05-08',
      ),
    ).toBe(true);
  });
});

describe('by-month-end-ahead', () => {
  it('"put the Nikkei at 56,000 by the end of June", written in January, is a level to come', () => {
    expect(hyp('A broker put the Nikkei at 56,000 by the end of June.', '56,000', '2026-01-20')).toBe(true);
  });
  it('"had climbed to 5,000 by the end of March", written in May, is a level reached', () => {
    expect(hyp('The index had climbed to 5,000 by the end of March.', '5,000', '2026-05-20')).toBe(false);
    // Past a comma the month dates another clause: "which held it at 3.75% last month, may cut by June".
    expect(hyp('The bank, which held it at 3.75% last month, may cut by June.', '3.75%', '2026-02-12')).toBe(false);
  });
});

describe('target-words', () => {
  it('"the ECB\'s 2% medium-term target" is a target, not an inflation reading', () => {
    expect(contextOf("Inflation is below the ECB's 2% medium-term target.", '2%', '2025-06-03').kind).toBe('target');
  });
});

describe('projection-keeps', () => {
  it('"the median path keeps rates at 3.6% this year" is a projection, though it "keeps"', () => {
    expect(hyp("The committee's median path keeps rates at 3.6% this year.", '3.6%', '2025-07-03')).toBe(true);
    expect(hyp('The bank is expected to keep its policy rate at 0.5%.', '0.5%', '2025-07-03')).toBe(false);
    expect(idsOf('In the median path, policymakers keep rates at 3.6% this year.', '2025-07-03')['3.6%']).toBe('-');
  });
});

describe('threatened-rate', () => {
  it('"to avoid the 30% duty the White House has threatened" is a threat, not a rate in force', () => {
    expect(hyp('Brussels hopes to avoid the 30% duty the White House has threatened.', '30%', '2025-07-23')).toBe(true);
  });
});

describe('estimate-noun', () => {
  it('"raised their year-end core PCE estimate to 2.9%" is a projection', () => {
    expect(hyp('Officials raised their year-end core PCE estimate to 2.9%.', '2.9%', '2024-06-12')).toBe(true);
  });
  it('call-noun: "cut its third-quarter Brent call to $70" is a forecast too', () => {
    expect(hyp('Marlowe Commodities cut its third-quarter Brent call to $70.', '$70', '2025-04-03')).toBe(true);
  });
});

describe('would-in-next-clause', () => {
  it('"closed at a record 6,358.91 as investors bet more deals would follow": the "would" is the next clause\'s', () => {
    expect(
      hyp(
        'The S&P 500 closed at a record 6,358.91 as investors bet more deals would follow.',
        '6,358.91',
        '2025-07-23',
      ),
    ).toBe(false);
    expect(hyp('The S&P 500 at 7,000 would mark a record.', '7,000', '2025-07-23')).toBe(true);
  });
});

describe('wanted-rate', () => {
  it('"four members wanted the rate taken down to 3.75%" is a preference, not the rate set', () => {
    const ids = idsOf(
      ['The Bank of England held Bank Rate at 4%. Four members wanted the rate taken down to 3.75% at once.'],
      '2025-11-06',
    );
    expect(ids['4%']).toBe('uk.boe_bank_rate');
    expect(ids['3.75%']).toBe('-');
  });
});

describe('hedged-participle', () => {
  it('"expects two more moves, potentially lowering the deposit rate to 1.5%" is the forecast\'s end', () => {
    expect(
      idsOf(
        ['A Frankfurt bank expects two more ECB moves before year-end, potentially lowering the deposit rate to 1.5%.'],
        '2025-06-05',
      )['1.5%'],
    ).toBe('-');
  });
});

describe('market-implied and terminal rate', () => {
  it('a market-implied trough and its bracketed restatement are expectations', () => {
    const ids = idsOf(
      ['Futures now put the market-implied low point for the federal funds rate under 3% (now at 2.94%).'],
      '2025-08-27',
    );
    expect(ids['3%']).toBe('-');
    expect(ids['2.94%']).toBe('-');
  });
  it('a terminal rate and "the market\'s 3% pricing" are expectations', () => {
    const ids = idsOf(
      ["Staff economists put the terminal federal funds rate near 2.625%, well under the market's 3% pricing."],
      '2025-08-27',
    );
    expect(ids['2.625%']).toBe('-');
    expect(ids['3%']).toBe('-');
  });
  it('a "terminal" that is a screen is no forecast', () => {
    expect(idsOf(['One terminal showed the Nasdaq Composite down 1.2% on Tuesday.'], '2025-08-27')['1.2%']).toBe(
      'idx.nasdaq_composite',
    );
  });
});

describe('proposal-to', () => {
  it('"a proposal to lift it to 1%" is a proposal, not the rate', () => {
    expect(hyp("One board member's proposal to lift the rate to 1% was voted down.", '1%', '2025-09-19')).toBe(true);
  });
});

describe('levy-coming', () => {
  it('"a 25% levy on European goods is coming" is announced, not in force', () => {
    expect(hyp('The president said a 25% levy on European goods is coming soon.', '25%', '2025-03-05')).toBe(true);
    expect(hyp('A 25% levy on European cars took effect on Tuesday.', '25%', '2025-03-05')).toBe(false);
  });
});

describe('what-was-expected', () => {
  it('"did what markets expected, taking the deposit rate to 2.00%" is done, not forecast', () => {
    expect(
      hyp(
        'The council did what markets expected on Thursday, taking the deposit rate to 2.00% from 2.25%.',
        '2.00%',
        '2025-06-05',
      ),
    ).toBe(false);
    expect(hyp('Markets expected the council to take the deposit rate to 2.00%.', '2.00%', '2025-06-05')).toBe(true);
  });
});

describe('would-reach', () => {
  it('"the report would keep the 10-year yield anchored above 4.5%": "would" several words before the figure', () => {
    expect(
      hyp('Strategists said the report would keep the 10-year yield anchored above 4.5%.', '4.5%', '2025-02-12'),
    ).toBe(true);
  });
});

describe('goal-of', () => {
  it('"in line with Beijing\'s goal of \\"around 5%\\"" is a goal, not growth', () => {
    expect(
      contextOf('Growth was 5.0%, in line with the government\'s goal of "around 5%".', '5%', '2026-01-20').kind,
    ).toBe('target');
  });
});

describe('plans-a and goal-to-reach', () => {
  it('"the bank plans a rate hike to 0.75%" and "a goal to reach 5,000" are plans, not figures', () => {
    expect(hyp('The central bank plans a quarter-point hike to 0.75% next month.', '0.75%', '2025-12-07')).toBe(true);
    expect(hyp('Investors cheered the goal to reach a 5,000 index level.', '5,000', '2025-09-10')).toBe(true);
  });
  it('"spending plans: the dollar was quoted at 156.63 yen" is a noun, no plan of the figure', () => {
    expect(
      hyp(
        "Investors weigh the premier's spending plans: the dollar was quoted at 156.63 yen.",
        '156.63 yen',
        '2025-11-19',
      ),
    ).toBe(false);
  });
});

describe('we-think', () => {
  it('"We think ..., with the policy rate at 0.5% by spring": a forecast in the first person', () => {
    const ids = idsOf(
      [
        'The BoJ left its rate at 0.25%.',
        '"We think the next hike comes in January, with the policy rate at 0.5% by spring."',
      ],
      '2024-10-18',
    );
    expect(ids['0.5%']).toBe('-');
    expect(ids['0.25%']).toBe('jp.boj_policy_rate');
  });
});

describe('hypothetical-through-initials', () => {
  it('"additional 100 pct U.S. tariffs on China would be avoided": "U.S." does not end the clause', () => {
    const text =
      'Sentiment improved after the Treasury chief said that additional 100 pct U.S. tariffs on China would be avoided.';
    const c = claimsOf([text], '2025-10-27').find((x) => x.text === '100 pct');
    expect(c?.judgement?.verdict ?? 'none').not.toBe('differs');
  });
});

describe('threat-noun', () => {
  it('"Shrugs Off 30% EU Tariff Threat" is a threat’s rate, not judged', () => {
    const c = claimsOf(['Stocks Shrug Off 30% EU Tariff Threat as Chipmakers Rally'], '2025-07-14').find(
      (x) => x.text === '30%',
    );
    expect(c?.indicator ?? null).toBeNull();
  });
});

describe('hard-to-see', () => {
  it('"it’s hard for me to see the Fed delivering 150 basis points in cuts" is a view, not judged', () => {
    const text =
      'It is hard for me to see the Fed delivering the 150 basis points in cuts for 2024 that markets priced.';
    const c = claimsOf([text], '2024-10-10').find((x) => x.text === '150 basis points');
    expect(c?.judgement?.verdict ?? 'none').not.toBe('differs');
  });
});

describe('threat-before', () => {
  it('"a letter which threatens a 25% duty on Japanese goods" is a threat, not a rate in force', () => {
    expect(
      hyp('Traders weighed the letter, which threatens a 25% duty on Japanese goods from Aug. 1.', '25%', '2025-07-22'),
    ).toBe(true);
    expect(hyp('The White House renewed its threat of a 50% levy on steel.', '50%', '2025-07-22')).toBe(true);
  });
});

describe('threat-colon, never-took-effect', () => {
  it('"a far harsher threat: the 25% levy" is a threat', () => {
    expect(hyp('That deal replaced a far harsher threat: the 25% levy on Japanese goods.', '25%', '2025-12-01')).toBe(
      true,
    );
  });
  it('"the 25% levy ... posted in July never took effect" was never a rate in force', () => {
    const s = 'The 25% levy on Japanese goods that the White House posted in July never took effect.';
    expect(hyp(s, '25%', '2025-12-01')).toBe(true);
    expect(hyp('The 15% levy on Japanese goods took effect in August.', '15%', '2025-12-01')).toBe(false);
    expect(hyp('The 15% car rate agreed with Tokyo in July has yet to take effect.', '15%', '2025-08-11')).toBe(true);
  });
});

describe('odds-for-move', () => {
  it('"2.5% for a rate cut in December" is a probability, not the rate', () => {
    expect(hyp('Futures now give 2.5% for a rate cut in December.', '2.5%', '2025-12-10')).toBe(true);
    expect(hyp('Swaps put 85% on a rate cut in January.', '85%', '2025-12-10')).toBe(true);
  });
  it('"by 0.25% for a third straight cut" counts the moves, it gives no odds', () => {
    expect(hyp('The Fed lowered its rate by 0.25% for a third straight cut.', '0.25%', '2025-12-10')).toBe(false);
    expect(hyp('The BOJ raised its rate by 0.25% for a second increase this year.', '0.25%', '2025-12-10')).toBe(false);
  });
});

describe('price-in-place', () => {
  it('"Gold\'s afternoon auction price in London was $4,243.00" is a price, not markets pricing something in', () => {
    expect(
      hyp("Gold's afternoon auction price in London was $4,243.00 an ounce on Friday.", '$4,243.00', '2025-12-05'),
    ).toBe(false);
    expect(hyp('Traders price in a cut to 3.5% by March.', '3.5%', '2025-12-05')).toBe(true);
  });
});

describe('futures-price', () => {
  it('"where futures price a quarter-point cut to 3.75%-4.00%" is what is priced, not the range in force', () => {
    const s =
      "The range stands at 4.25%-4.50% before next week's meeting, where futures price a quarter-point cut to 3.75%-4.00%.";
    expect(hyp(s, '3.75%-4.00%', '2025-10-23')).toBe(true);
  });
});

describe('bear-case, implied-by, by-midyear', () => {
  it('a bear case "by midyear" and what options "imply" are not facts', () => {
    expect(hyp('Its bear case has gold back at $4,500 by midyear.', '$4,500', '2026-01-22')).toBe(true);
    expect(
      hyp(
        'Options on Treasury futures imply a daily swing of roughly 7 basis points in the 10-year yield.',
        '7 basis points',
        '2025-09-05',
      ),
    ).toBe(true);
  });
});

describe('target-noun: aim', () => {
  it('"back under the ECB’s 2% aim" is a goal, not an inflation reading', () => {
    const c = claimsOf(['Euro-area inflation fell back under the ECB’s 2% aim.'], '2024-10-17').find(
      (x) => x.text === '2%',
    );
    expect(c?.indicator?.id ?? null).not.toBe('ea.hicp_yoy');
  });
});

describe('by-midyear', () => {
  it('"gold back at $4,500 by midyear" is a level to come', () => {
    expect(hyp('One desk has gold back at $4,500 by midyear.', '$4,500', '2026-01-22')).toBe(true);
  });
});

describe('should-inverted: "Should gold break $4,000 ..." is an if-clause', () => {
  it('a clause opened by "Should" and its subject is hypothetical', () => {
    expect(hyp('Should bullion break $3,900 on a closing basis, Tamsin Ode sees a quick flush lower.', '$3,900')).toBe(
      true,
    );
    expect(hyp('Should it climb to 4.9% in the next report, a cut in March is back on the table.', '4.9%')).toBe(true);
    expect(hyp('The desk said that, should the pair clear 1.1820, buyers may chase it.', '1.1820')).toBe(true);
  });
  it('"should" is no cue elsewhere: a stated level stays a fact', () => {
    expect(hyp('Gold settled at $3,912, and traders said the dip should not last.', '$3,912')).toBe(false);
  });
});

describe('should-inverted mid-paragraph, and no size guess for a figure denied every subject', () => {
  it('"He expects 4.7%. Should it reach 4.8% in the December report, ..." marks neither', () => {
    const ids = idsOf(
      [
        'The jobless rate rose to 4.6% in November. One economist expects the rate to drift toward 4.7% by spring. Should it reach 4.8% in the December report, a January cut is back in play.',
      ],
      '2025-12-16',
    );
    expect(ids['4.8%'] ?? '-').toBe('-');
  });
});

describe('by-season', () => {
  it('"4,600 by spring is within reach" is a level to come', () => {
    expect(
      hyp(
        'If the index holds 4,000 this month, 4,600 by spring is within reach, one strategist said.',
        '4,600',
        '2025-11-12',
      ),
    ).toBe(true);
  });
});

describe('budget-rate', () => {
  it('"which budgeted for 140 yen per dollar": a firm\'s planning rate is no market quote', () => {
    expect(
      claimsOf(
        [
          'The carmaker, which budgeted for 140 yen per dollar this fiscal year, gains from every extra yen of weakness.',
        ],
        '2024-04-26',
      ).filter((c) => c.indicator),
    ).toEqual([]);
  });
});

describe('target-for-the-rate', () => {
  it('"the Bank of Canada held its target for the overnight rate at 2.75%" names the rate in force, no forecast', () => {
    expect(
      idsOf(['The Bank of Canada held its target for the overnight rate at 2.75% on Wednesday.'], '2025-07-30')[
        '2.75%'
      ],
    ).toBe('ca.boc_policy_rate');
    expect(hyp("One broker's target for the index is 7,000.", '7,000', '2026-01-05')).toBe(true);
  });
});

describe('outlook-for', () => {
  it('"Central bank outlook for fiscal 2026 core CPI: 2.1%" is a projection; "the outlook dimmed as CPI rose" is not', () => {
    expect(hyp('Central bank outlook for fiscal 2026 core CPI: 2.1%', '2.1%', '2026-04-30')).toBe(true);
    expect(hyp('The outlook for exporters dimmed as core CPI rose 3.1% in May.', '3.1%', '2026-06-20')).toBe(false);
  });
});

describe('survey-of', () => {
  it('"a survey of 14 desks puts year-end Brent at $82" is a forecast, no claim', () => {
    expect(idsOf('A Larkspur survey of 14 desks puts year-end Brent at $82.', '2026-06-12').$82).toBe('-');
  });
});

describe('factored-in', () => {
  it('"money markets have factored in a deposit rate of 1.89%" is a priced level, not the rate set', () => {
    expect(
      idsOf('Rate markets had factored in a deposit facility rate of 1.89% for the December meeting.', '2025-04-23')[
        '1.89%'
      ],
    ).toBe('-');
  });
});

describe('forecast-noun-of', () => {
  it('"short of the analysts\' consensus of 51.9" is the consensus itself, not an outcome after a beat', () => {
    expect(hyp("The factory gauge slipped to 50.6, short of the analysts' consensus of 51.9.", '51.9')).toBe(true);
  });
  it('"beat forecasts as the jobless rate dips to 4.3%" keeps the outcome', () => {
    expect(hyp('Payrolls beat forecasts as the jobless rate dipped to 4.3%.', '4.3%')).toBe(false);
  });
});

describe('implied-rate-of', () => {
  it('"an implied policy rate of about 141.50" for the pair is a model value, not a quote', () => {
    expect(hyp('Two-year spreads point to an implied policy rate of about 141.50 for USD/JPY.', '141.50')).toBe(true);
  });
});

describe('possibly-reaching', () => {
  it('"with silver possibly touching $95" is a maybe, not a price', () => {
    const s = 'Gold has doubled in two years, with silver possibly touching $95.';
    expect(verdictOf(s, '$95', '2025-12-24')).toBeUndefined();
  });
});

describe('not-ruled-out', () => {
  it('"it doesn\'t stop a quarter point" leaves a cut possible, it reports none', () => {
    const blocks = [
      'The Federal Reserve held its target range at 4.25%-4.50% in July.',
      '"Firm spending makes a half-point cut hard to argue for, but it doesn\'t stop a quarter point," said one strategist.',
    ];
    expect(verdictOf(blocks, 'a quarter point', '2025-09-16')).toBeUndefined();
  });
  it('a cut made is still read', () => {
    const s = 'The Fed lowered its target range by a quarter point on Wednesday.';
    expect(verdictOf(s, 'a quarter point', '2025-10-29')).toBeDefined();
  });
});

describe('expect-across-whose', () => {
  it('"Traders expect the Reserve Bank, whose cash rate stands at 4.35%, to deliver a quarter-point cut": the cut is expected', () => {
    const s =
      'Traders expect the Reserve Bank of Australia, whose cash rate stands at 4.35%, to deliver a quarter-point cut.';
    expect(verdictOf(s, 'a quarter-point', '2025-02-10')).toBeUndefined();
    // The rate the clause states is today's, and still read.
    expect(verdictOf(s, '4.35%', '2025-02-10')).toBeDefined();
  });
});

describe('horizon-target', () => {
  it('"Our CAC 40 target for year-end stays at 8,100": a target with a horizon is a forecast, though it is kept', () => {
    const blocks = ['The CAC 40 closed at 7,265.00.', 'Our CAC 40 target for year-end stays at 8,100.'];
    expect(verdictOf(blocks, '8,100', '2024-08-08')).toBeUndefined();
  });
  it('a rate kept at a level is still the rate in force', () => {
    expect(verdictOf('The ECB keeps its deposit rate at 3.75%.', '3.75%', '2024-08-08')).toBeDefined();
  });
});

describe('genre-label: an FX site\'s "PAIR Forecast:" label is no forecast cue for the headline after it', () => {
  it('"USD/JPY Forecast: Yen snaps back to 156.71" marks the rate; a forecast after the label stays one', () => {
    expect(
      idsOf('USD/JPY Forecast: Yen snaps back to 156.71 as traders weigh intervention', '2024-04-29')['156.71'],
    ).toBe('fx.usdjpy');
    expect(
      idsOf('USD/JPY Forecast: Strategists see the pair at 150.00 by year-end', '2024-04-29')['150.00'] ?? '-',
    ).toBe('-');
  });
});

describe('pair-end', () => {
  it('"would take the rate from 0.5% to 0.75%": the second end of a modal path is what would be, too', () => {
    const text =
      'A hike this week would take the overnight call rate target from 0.5% to 0.75%, the highest since 1995.';
    expect(hyp(text, '0.75%', '2025-12-17')).toBe(true);
  });

  it('"rose from 4.1% to 4.3%" is no path anyone expects', () => {
    expect(hyp('The jobless rate rose from 4.1% to 4.3% in August.', '4.3%', '2025-09-10')).toBe(false);
  });
});

describe('reading-held', () => {
  it('"Forecasters had expected headline inflation to hold at 2.9%" is a forecast; a rate expected to hold is today\'s', () => {
    expect(idsOf(['Forecasters had expected headline inflation to hold at 2.9%.'], '2025-02-12')['2.9%'] ?? '-').toBe(
      '-',
    );
    expect(idsOf(['Economists expect the BOJ to hold its rate at 0.5%.'], '2025-02-12')['0.5%']).toBe(
      'jp.boj_policy_rate',
    );
  });
});

describe('stress-case', () => {
  it('"Her desk\'s stress case has Brent at $120" is a scenario, not a price', () => {
    expect(hyp("Her desk's stress case has Brent at $120 if loadings stay curtailed.", '$120', '2026-03-13')).toBe(
      true,
    );
  });
});

describe('expected-it-to-hold', () => {
  it('"Our panel had expected it to hold at 4.0%" after the reading is a forecast of it, not a reading', () => {
    const cs = claimsOf(
      'The unemployment rate rose to 4.1% in February. Our panel had expected it to hold at 4.0%.',
      '2025-03-07',
    );
    expect(cs.find((c) => c.text === '4.0%')?.indicator ?? null).toBeNull();
  });
});
