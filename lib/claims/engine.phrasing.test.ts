import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine';
import type { BlockInput } from './engine';
import type { Claim } from './types';
import { extractNumbers } from './extract';
import { loadBundledDatasetFromDisk } from '../scan/load-dataset';

/**
 * Phrasings met in market wraps and central-bank stories, checked against the bundled dataset:
 * ellipsis, elided subjects, currency moves, cents, table cells, and the page's own country.
 */

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadBundledDatasetFromDisk());
});

function claims(blocks: BlockInput[], published: string): Claim[] {
  return engine.analyze(blocks, { published });
}

function one(blocks: BlockInput[] | string, published: string, text: string): Claim {
  const all = claims(typeof blocks === 'string' ? [blocks] : blocks, published);
  const hit = all.filter((c) => c.text === text);
  expect(hit, `${text}: ${all.map((c) => `${c.text}→${c.indicator?.id ?? '-'}`).join(' | ')}`).toHaveLength(1);
  return hit.at(-1)!;
}

describe('figures in cents', () => {
  it('reads "80 cents" as $0.80', () => {
    const [x] = extractNumbers('up 80 cents on the day');
    expect(x).toMatchObject({ text: '80 cents', unit: 'currency', currency: 'USD', value: 0.8 });
  });

  it('matches a commodity move in cents, and its session when the article gives none', () => {
    const c = one('Brent crude settled at $69.37 a barrel, up 80 cents.', '2025-06-27', '80 cents');
    expect(c.indicator?.id).toBe('cmd.brent_usd');
    expect(c.value).toBe(0.8);
    expect(c.judgement?.verdict).toBe('matches');
    expect(c.judgement?.explanation).toMatch(/last session/);
  });
});

describe('subjects a sentence does not repeat', () => {
  it('"gained 3.4% and the Nasdaq 4.2%": the second index shares the verb', () => {
    const c = one('For the week, the S&P 500 gained 3.4% and the Nasdaq 4.2%.', '2025-06-27', '4.2%');
    expect(c.indicator?.id).toBe('idx.nasdaq_composite');
    expect(c.kind).toBe('change');
    expect(c.value).toBe(4.2);
  });

  it('"…, but was down 12% for the week": the clause goes on with the same subject', () => {
    const c = one(
      'Brent crude settled at $69.37 a barrel, up 80 cents, but was down nearly 12% for the week.',
      '2025-06-27',
      '12%',
    );
    expect(c.indicator?.id).toBe('cmd.brent_usd');
    expect(c.value).toBe(-12);
  });
});

describe('central banks and their rates', () => {
  it('a central bank that is the subject names its rate: "Bank of Japan lifts rates to 0.75%"', () => {
    const c = one('Bank of Japan lifts rates to 0.75%, highest in three decades', '2025-12-19', '0.75%');
    expect(c.indicator?.id).toBe('jp.boj_policy_rate');
    expect(c.judgement?.verdict).toBe('matches');
  });

  it('a real (inflation-adjusted) rate is not the policy rate', () => {
    const all = claims(
      ["With inflation at about 3 percent, Japan's real policy rate remains around minus 2.25 percent."],
      '2025-12-19',
    );
    expect(all.find((c) => c.text.includes('2.25'))?.indicator ?? null).toBeNull();
  });

  it('"the central bank\'s benchmark rate" is not the Bank of England\'s Bank Rate', () => {
    const all = claims(["Traders price in cuts, with the central bank's benchmark rate still at 4.5%."], '2025-06-27');
    expect(all.find((c) => c.text === '4.5%')?.indicator?.id).not.toBe('uk.boe_bank_rate');
  });

  it('a rate for a later year is a forecast, not a claim about today', () => {
    const all = claims(
      ['Swaps price a policy rate of about 1 percent by the end of 2026 at the Bank of Japan.'],
      '2025-12-19',
    );
    expect(all.find((c) => c.text === '1 percent')?.indicator ?? null).toBeNull();
  });

  it('a target stated in a sentence about the future is still the target', () => {
    const c = one(
      'The Bank of Japan raised its rate, betting that pay rises will keep inflation anchored around its 2 percent target.',
      '2025-12-19',
      '2 percent',
    );
    expect(c.indicator?.id).toBe('jp.boj_inflation_target');
  });
});

describe('context the sentence leaves out', () => {
  it('a table cell takes its country from its row header', () => {
    const c = one(
      [{ text: '15%', context: 'U.S. tariff rates on major trading partners · In force now · Japan' }],
      '2025-08-08',
      '15%',
    );
    expect(c.indicator?.id).toBe('us.tariff_japan_reciprocal');
  });

  it("an unqualified macro figure on a page about Japan is Japan's, not the U.S. one", () => {
    const blocks = [
      'The Bank of Japan raised its short-term policy rate to 0.75 percent on Friday.',
      'Japan’s economy shrank 0.6 percent in the third quarter, and Japan’s core CPI rose 3.0 percent.',
      'Core inflation (November): 3.0 percent',
      'Jobless rate (October): 2.6 percent',
    ];
    const all = claims(blocks, '2025-12-19');
    const core = all.filter((c) => c.block === 2);
    expect(core.map((c) => c.indicator?.id)).toEqual(['jp.core_cpi_yoy']);
    // No Japanese jobless rate in the catalogue: not the U.S. one either.
    expect(all.filter((c) => c.block === 3 && c.indicator)).toHaveLength(0);
  });

  it('the same list on a page about the U.S. reads the U.S. figures', () => {
    const blocks = [
      'The Federal Reserve cut its benchmark rate to a range of 3.50 percent to 3.75 percent.',
      'U.S. consumer prices rose 2.7 percent, and U.S. payrolls grew by 64,000.',
      'Jobless rate (November): 4.6 percent',
    ];
    const all = claims(blocks, '2025-12-19');
    expect(all.filter((c) => c.block === 2).map((c) => c.indicator?.id)).toEqual(['us.unemployment_rate']);
  });
});

describe('moves and the levels they end at', () => {
  it('"rose 7 basis points to 3.52%": the level is the same yield', () => {
    const c = one(
      'The two-year note yield, the maturity most sensitive to rate expectations, rose 7 basis points to 3.52%.',
      '2026-02-11',
      '3.52%',
    );
    expect(c.indicator?.id).toBe('us.ust_2y_yield');
    expect(c.kind).toBe('level');
  });

  it('"to 152.93 per dollar from 154.28": where the move began is the same pair', () => {
    const text =
      'The dollar lost ground against the yen, with the Japanese currency strengthening to 152.93 per dollar from 154.28 on Tuesday.';
    expect(one(text, '2026-02-11', '154.28').indicator?.id).toBe('fx.usdjpy');
  });

  it('a sentence opening with "It" continues the last subject', () => {
    const all = claims(
      ['Silver was little changed at $61.86 a troy ounce. It is down 16.6% from the start of the year.'],
      '2026-06-23',
    );
    expect(all.find((c) => c.text === '16.6%')?.indicator?.id).toBe('cmd.silver_usd');
  });

  it('"the second-largest cryptocurrency" is not bitcoin', () => {
    const c = one('Ether, the second-largest cryptocurrency, rose 0.63% to $1,676.', '2026-06-23', '$1,676');
    expect(c.indicator?.id).toBe('crypto.eth_usd');
  });

  it('"down" is not a misspelt "Dow"', () => {
    const all = claims(
      ["It's down 16.6% from the price it fetched in January, a reminder of how volatile it can be."],
      '2026-06-23',
    );
    expect(all.every((c) => c.indicator?.id !== 'idx.djia')).toBe(true);
  });

  it('an alias holding another figure ("the Fed\'s 2% target") names only that figure', () => {
    const c = one(
      "Core CPI, which strips out food and energy, rose 2.6%, still above the Fed's 2% target.",
      '2026-02-11',
      '2.6%',
    );
    expect(c.indicator?.id).toBe('us.core_cpi_yoy');
  });
});

describe('jobs and signs', () => {
  it('payrolls are a monthly change: "rose by 160,000" is their figure, "a loss of 17,000 jobs" is negative', () => {
    const all = claims(
      ['Nonfarm payrolls rose by 160,000 in January. December payrolls showed a loss of 17,000 jobs.'],
      '2026-02-11',
    );
    expect(all.find((c) => c.text === '160,000')).toMatchObject({
      indicator: expect.objectContaining({ id: 'us.nonfarm_payrolls' }),
      value: 160000,
    });
    expect(all.find((c) => c.text === '17,000')?.value).toBe(-17000);
  });

  it('a rate that "fell to 4.3%" is 4.3, not -4.3', () => {
    const c = one('The U.S. jobless rate fell to 4.3% from 4.4% in December.', '2026-02-11', '4.3%');
    expect(c.indicator?.id).toBe('us.unemployment_rate');
    expect(c.value).toBe(4.3);
  });

  it('a signed figure under a "Change" header is a move', () => {
    const c = one([{ text: '−36.00', context: 'Market close · Change · Nasdaq Composite' }], '2026-02-11', '−36.00');
    expect(c.indicator?.id).toBe('idx.nasdaq_composite');
    expect(c.kind).toBe('change');
    expect(c.value).toBe(-36);
  });

  it("a table caption's region does not overrule the row's index", () => {
    const c = one(
      [{ text: '10,423.01', context: 'Benchmarks (European indices at close) · Level · FTSE 100' }],
      '2026-03-06',
      '10,423.01',
    );
    expect(c.indicator?.id).toBe('idx.ftse100');
  });
});

describe('headlines, labels and key-figure lists', () => {
  it('a round level after "near" is read: "USD/JPY hovering near 148"', () => {
    const c = one('USD/JPY hovering near 148 as the Fed-BOJ rate gap narrows.', '2025-09-30', '148');
    expect(c.indicator?.id).toBe('fx.usdjpy');
  });

  it('a headline\'s label and its figure: "The Yen: Pinned Near 148"', () => {
    const c = one('The Yen: Pinned Near 148', '2025-09-30', '148');
    expect(c.indicator?.id).toBe('fx.usdjpy');
  });

  it('"down from 149.78" is the level the pair came from', () => {
    const c = one('USD/JPY was quoted at 147.97 on Tuesday, down from 149.78 last Thursday.', '2025-09-30', '149.78');
    expect(c).toMatchObject({ indicator: expect.objectContaining({ id: 'fx.usdjpy' }), kind: 'level', value: 149.78 });
  });

  it('", up from 3.0 per cent" after an attribution is the same measure a month before', () => {
    const blocks = [
      'The Bank of England held Bank Rate. UK inflation data followed.',
      'UK consumer prices rose 3.3 per cent in the 12 months to March, the ONS said on Wednesday, up from 3.0 per cent in February.',
    ];
    const all = claims(blocks, '2026-04-22');
    expect(all.find((c) => c.text === '3.0 per cent')?.indicator?.id).toBe('uk.cpi_yoy');
  });

  it('"Dow futures" are not the Dow', () => {
    const all = claims(
      ['S&P 500 futures were down 0.3% and Dow futures lost 120 points ahead of the open.'],
      '2025-05-21',
    );
    expect(all.filter((c) => c.indicator)).toHaveLength(0);
  });
});

describe('moves told at a distance', () => {
  it('"The Fed cut rates for the second time this year, by 25 basis points" is a cut', () => {
    const c = one(
      'The Fed cut rates for the second time this year, by 25 basis points.',
      '2025-10-30',
      '25 basis points',
    );
    expect(c.indicator?.id).toBe('us.fed_funds_target_upper');
    expect(c.value).toBe(-0.25);
  });

  it('"after 100 basis points of cuts" is a move down', () => {
    const c = one(
      'The Fed has held its benchmark rate after 100 basis points of cuts in late 2024.',
      '2025-03-18',
      '100 basis points',
    );
    expect(c.value).toBe(-1);
  });

  it('a pair\'s move belongs to the first currency named: "The dollar rose to 149.28 yen, up 0.6%"', () => {
    const c = one('The dollar rose to 149.28 yen, up 0.6% on the day.', '2025-03-18', '0.6%');
    expect(c.indicator?.id).toBe('fx.usdjpy');
    expect(c.value).toBe(0.6);
  });

  it('"the yuan has firmed about 1% against the dollar" is USD/CNY down 1%', () => {
    const c = one('The yuan has firmed about 1% against the dollar so far this year.', '2025-03-18', '1%');
    expect(c.indicator?.id).toBe('fx.usdcny');
    expect(c.value).toBe(-1);
  });

  it('"expected to keep its policy rate at 0.5%" states today\'s rate', () => {
    const c = one(
      'The Bank of Japan is expected to keep its short-term policy rate at 0.5% on Wednesday.',
      '2025-03-18',
      '0.5%',
    );
    expect(c.indicator?.id).toBe('jp.boj_policy_rate');
  });

  it('"heading for $5,000?" is a question about the future', () => {
    const all = claims(['Is gold heading for $5,000?'], '2026-01-27');
    expect(all.find((c) => c.text === '$5,000')?.indicator ?? null).toBeNull();
  });

  it('"Yen weakens past 149.30 per dollar" is a level; past a round 149 it is a threshold (round-bound)', () => {
    const c = one('Yen weakens past 149.30 per dollar ahead of BOJ and Fed meetings', '2025-03-18', '149.30');
    expect(c).toMatchObject({ indicator: expect.objectContaining({ id: 'fx.usdjpy' }), kind: 'level', value: 149.3 });
    expect(
      one('Yen weakens past 149 per dollar ahead of BOJ and Fed meetings', '2025-03-18', '149').indicator,
    ).toBeNull();
  });
});

describe('subjects carried along a sentence', () => {
  it('"..., and is up 17.2% year to date" keeps the subject of the figure before', () => {
    const c = one(
      "The S&P 500 closed Wednesday at 6,890.59, just below Tuesday's record close of 6,890.89, and is up 17.2% year to date.",
      '2025-10-30',
      '17.2%',
    );
    expect(c).toMatchObject({ indicator: expect.objectContaining({ id: 'idx.sp500' }), kind: 'change', value: 17.2 });
  });

  it('"it remains 17.3% above its April 8 close": "it" is the index named before, and the figure a rise from then', () => {
    const all = claims(
      ['The S&P 500 fell 1.61% to 5,844.61 on Wednesday, though it remains 17.3% above its April 8 close.'],
      '2025-05-21',
    );
    expect(all.find((c) => c.text === '17.3%')).toMatchObject({
      indicator: expect.objectContaining({ id: 'idx.sp500' }),
      kind: 'change',
      value: 17.3,
    });
  });

  it('"the Japanese currency" names the yen', () => {
    const c = one(
      'The greenback is still down 5% against the Japanese currency since the start of the year.',
      '2025-03-18',
      '5%',
    );
    expect(c.indicator?.id).toBe('fx.usdjpy');
    expect(c.value).toBe(-5);
  });

  it('a "target range" is the policy rate, not a target', () => {
    const c = one(
      'The Fed is expected to hold the federal funds rate in its 4.25%-4.50% target range.',
      '2025-03-18',
      '4.25%-4.50%',
    );
    expect(c.indicator?.id).toBe('us.fed_funds_target_upper');
  });
});

describe('fifth blind round: briefing lists, asides, forecast columns, moves in words', () => {
  it('a holder must be named: "Treasury" alone is no holder\'s holdings', () => {
    const c = one('S&P 500 ends 2025 up 16.4% as Treasury yields finish the year lower', '2026-01-02', '16.4%');
    expect(c.indicator?.id).toBe('idx.sp500');
  });

  it('the currency an alias names first is the one that moved', () => {
    const euro = one(
      "Euro — $1.1750 at the ECB's last reference fixing of 2025, leaving the single currency up 13.1% against the dollar for the year.",
      '2026-01-02',
      '13.1%',
    );
    expect(euro.indicator?.id).toBe('fx.eurusd');
    expect(euro.value).toBe(13.1);
    const pound = one('The pound fell 0.5% against the dollar on Tuesday.', '2025-06-27', '0.5%');
    expect(pound.indicator?.id).toBe('fx.gbpusd');
    expect(pound.value).toBe(-0.5);
    const yen = one('The yen rose 0.3% against the dollar after the data.', '2025-06-27', '0.3%');
    expect(yen.indicator?.id).toBe('fx.usdjpy');
    expect(yen.value).toBe(-0.3);
  });

  it('-ing forms give the direction: "slipping 1 basis point"', () => {
    const c = one(
      'The benchmark 10-year Treasury yield barely budged, slipping 1 basis point to 4.18%.',
      '2026-01-11',
      '1 basis point',
    );
    expect(c.indicator?.id).toBe('us.ust_10y_yield');
    expect(c.value).toBe(-0.01);
  });

  it('a label opening a list item heads its figures: "Brent: $61.35 a barrel, down 95 cents"', () => {
    const c = one(
      'Brent: $61.35 a barrel on Wednesday, down 95 cents, and lower for the year.',
      '2026-01-02',
      '95 cents',
    );
    expect(c.indicator?.id).toBe('cmd.brent_usd');
    expect(c.value).toBe(-0.95);
  });

  it('", or 0.74%" restates the last move, and ", a 26.2% gain" qualifies the last level', () => {
    const or = one('S&P 500: 6,845.50, down 50.74 points, or 0.74%', '2026-01-02', '0.74%');
    expect(or.indicator?.id).toBe('idx.sp500');
    expect(or.value).toBe(-0.74);
    const gain = one("Tokyo's Nikkei 225 closed the year at 50,339.48, a 26.2% gain for 2025.", '2026-01-02', '26.2%');
    expect(gain.indicator?.id).toBe('idx.nikkei225');
  });

  it('an aside between a name and its figure does not set them apart', () => {
    const c = one(
      "Tokyo's Nikkei 225, which will not trade again until Monday, closed its final session of the year on Tuesday at 50,339.48.",
      '2026-01-02',
      '50,339.48',
    );
    expect(c.indicator?.id).toBe('idx.nikkei225');
  });

  it('a cell under "Consensus" is a forecast, the one under "Previous" a figure out', () => {
    const forecast = one(
      [{ text: '2.8%', context: 'Key releases this week · Consensus · US CPI, y/y' }],
      '2026-01-11',
      '2.8%',
    );
    expect(forecast.indicator).toBeNull();
    const previous = one(
      [{ text: '2.7%', context: 'Key releases this week · Previous · US CPI, y/y' }],
      '2026-01-11',
      '2.7%',
    );
    expect(previous.indicator?.id).toBe('us.cpi_yoy');
  });

  it('"we pencil in" is a forecast', () => {
    const c = one('We pencil in payrolls growth of 60,000 for January.', '2026-01-11', '60,000');
    expect(c.indicator).toBeNull();
  });

  it('reads a move told in words: "by a quarter point", "half a percentage point"', () => {
    expect(extractNumbers('cut by half a percentage point')[0]).toMatchObject({
      text: 'half a percentage point',
      unit: 'pp',
      value: 0.5,
    });
    expect(extractNumbers('three quarters of a point')[0]).toMatchObject({ unit: 'pp', value: 0.75 });
    expect(extractNumbers('half an hour later')).toEqual([]);
    const c = one(
      'The Federal Reserve lowered its benchmark rate by a quarter point on Wednesday.',
      '2025-10-30',
      'a quarter point',
    );
    expect(c.indicator?.id).toBe('us.fed_funds_target_upper');
    expect(c.value).toBe(-0.25);
    expect(c.unit).toBe('percent');
  });
});

describe('outcomes measured against forecasts', () => {
  it('"beat forecasts as the jobless rate dips to 4.3%" is the outcome, not a forecast', () => {
    const c = one(
      'U.S. payrolls beat forecasts as jobless rate dips to 4.3%; short-dated yields jump',
      '2026-02-11',
      '4.3%',
    );
    expect(c.indicator?.id).toBe('us.unemployment_rate');
  });
});

describe('sixth blind round: price strips, British style, pairs, bases', () => {
  it('reads a price strip item by item, with ▲ and ▼ as signs', () => {
    const all = claims(['BTC $89,426 | ETH $3,052 | VIX 14.51 ▼2.94% | MRDN ▲14.6%'], '2026-01-02');
    const by = (t: string) => all.find((c) => c.text === t)!;
    expect(by('$3,052').indicator?.id).toBe('crypto.eth_usd');
    expect(by('14.51').indicator?.id).toBe('idx.vix');
    expect(by('▼2.94%')).toMatchObject({ value: -2.94 });
    expect(by('▼2.94%').indicator?.id).toBe('idx.vix');
    expect(by('▲14.6%').indicator).toBeNull();
  });

  it('reads "8pc" as a percentage, and "leaps" as a rise', () => {
    expect(extractNumbers('Brent leaps 8pc')[0]).toMatchObject({ text: '8pc', unit: 'percent', value: 8 });
    expect(one('Brent leaps 8pc as war jolts markets', '2026-03-06', '8pc').indicator?.id).toBe('cmd.brent_usd');
  });

  it('"the pound gained 0.6 per cent against the dollar" is sterling, not the euro', () => {
    const c = one(
      'The pound gained 0.6 per cent against the dollar to $1.3398 at the noon fixing.',
      '2026-03-06',
      '$1.3398',
    );
    expect(c.indicator?.id).toBe('fx.gbpusd');
  });

  it('"jumping $7.15 a barrel, or 8.1 per cent" restates the move', () => {
    const c = one('Brent crude jumped $7.15 a barrel, or 8.1 per cent, to $95.74.', '2026-03-06', '8.1 per cent');
    expect(c.indicator?.id).toBe('cmd.brent_usd');
    expect(c.value).toBe(8.1);
  });

  it('"449.58 points, or 4.5 per cent, above where it stood" is a move, and "the blue-chip index" the FTSE named before', () => {
    const blocks = [
      "London's FTSE 100 closed at 10,423.01 on Friday.",
      'That leaves the blue-chip index 449.58 points, or 4.5 per cent, above where it stood on 2 January.',
    ];
    const all = claims(blocks, '2026-03-06');
    const pts = all.find((c) => c.text === '449.58 points')!;
    expect(pts.indicator?.id).toBe('idx.ftse100');
    expect(pts.kind).toBe('change');
    expect(all.find((c) => c.text === '4.5 per cent')!.indicator?.id).toBe('idx.ftse100');
  });

  it('"the S&P 500 gained 16.4% in 2025 and the Nasdaq 20.4%": the verb carries over a period phrase', () => {
    const c = one('The S&P 500 gained 16.4% in 2025 and the Nasdaq 20.4%.', '2026-01-02', '20.4%');
    expect(c.indicator?.id).toBe('idx.nasdaq_composite');
    expect(c.kind).toBe('change');
  });

  it('"could slide back to 7.3" and "expects one more cut, taking Bank Rate to 3.5 per cent" are forecasts', () => {
    expect(
      one('Some desks argue the yuan could slide back to 7.3 per dollar.', '2026-01-27', '7.3').indicator,
    ).toBeNull();
    const c = one(
      'She now expects only one more cut from Threadneedle Street this year, taking Bank Rate to 3.5 per cent.',
      '2026-03-06',
      '3.5 per cent',
    );
    expect(c.indicator).toBeNull();
  });

  it('a growth rate "from a year earlier" is not a quarter-on-quarter annualized one', () => {
    const c = one('The economy expanded 4.5% from a year earlier in the fourth quarter.', '2026-01-27', '4.5%');
    expect(c.indicator?.id).not.toBe('us.gdp_growth_saar');
  });

  it('"the 20,036.03 it was quoted at" refers back to the subject', () => {
    const c = one(
      "Hong Kong's Hang Seng stood at 26,338.47, far above the 20,036.03 it was quoted at on April 8, 2025.",
      '2026-01-27',
      '20,036.03',
    );
    expect(c.indicator?.id).toBe('idx.hang_seng');
  });

  it('"Brent spot crude" owns its "crude": a "U.S." later in the sentence does not make it U.S. crude', () => {
    const c = one('Brent spot crude slipped to $76.52 a barrel and U.S. stocks rose.', '2024-11-07', '$76.52');
    expect(c.indicator?.id).toBe('cmd.brent_usd');
  });

  it('a quote board\'s "Yuan per US$" row is the rate as quoted: its -0.04% is USD/CNY down, not the yuan down', () => {
    const c = one(
      [{ context: 'How Asia closed on Tuesday · Change · Yuan per US$', text: '-0.04%' }],
      '2026-06-02',
      '-0.04%',
    );
    expect(c.indicator?.id).toBe('fx.usdcny');
    expect(c.judgement?.verdict).toBe('matches');
  });

  it('across-the-week and pronoun-clause: "Across the week gold gained $30.75, and it has come a long way since ..."', () => {
    // Stored gold: 2,575.10 on 2024-09-13, 2,605.85 on 2024-09-20 (+30.75 on the week).
    for (const t of [
      'Across the week gold gained $30.75, and it has come a long way since the last fix of 2023.',
      'Gold gained $30.75 this week, and it has come a long way since the last fix of 2023.',
    ]) {
      const c = one(t, '2024-09-20', '$30.75');
      expect(c.judgement?.verdict).toBe('matches');
    }
  });

  it('unit-and-mover and quote-side-units: "The won weakened by 5.66 won" is USD/KRW up 5.66', () => {
    // Stored USD/KRW: 1,392.04 on 2025-08-19, 1,397.70 on 2025-08-20; USD/JPY 147.72, then 147.19.
    const won = one('The won weakened by 5.66 won to 1,397.70 per dollar.', '2025-08-20', '5.66 won');
    expect(won.value).toBe(5.66);
    expect(won.judgement?.verdict).toBe('matches');
    // The yen strengthened that day: "weakened by 0.53 yen" is the wrong way.
    const yen = one('The yen weakened by 0.53 yen to 147.19 per dollar.', '2025-08-20', '0.53 yen');
    expect(yen.value).toBe(0.53);
    expect(yen.judgement?.verdict).not.toBe('matches');
    // Another currency between: "the dollar fetched 1,359.00 won, down 23.61 won" is the dollar's move.
    const dollar = one(
      'The won strengthened as well: at the noon rate the dollar fetched 1,359.00 won, down 23.61 won on the day.',
      '2024-06-24',
      '23.61 won',
    );
    expect(dollar.value).toBe(-23.61);
    const sameClause = one(
      'The won firmed and the dollar fetched 1,359.00 won, down 23.61 won on the day.',
      '2024-06-24',
      '23.61 won',
    );
    expect(sameClause.value).toBe(-23.61);
  });

  it('from-day-after-level: "climbed 0.96 yen to 158.77 from Tuesday" is the level of the article\'s day', () => {
    // Stored USD/JPY: 157.81 on 2024-06-18 (no rate on the 19th, a U.S. holiday), 158.77 on 2024-06-20.
    const c = one('In Tokyo trade, the dollar climbed 0.96 yen to 158.77 from Tuesday.', '2024-06-20', '158.77');
    expect(c.judgement?.verdict).toBe('matches');
  });

  it('bare-rate-on-bank-page: "Policy rate now 4.5%" under a Bank of Canada lead is never the Fed\'s', () => {
    const all = claims(
      [
        'MARKETS · BANK OF CANADA DECISION DAY · NORTH AMERICAN CLOSE',
        'Bank of Canada cuts to 4.5% as loonie slides to 1.3783 and Nasdaq sinks 3.64%',
        'By our markets desk, Toronto · Updated after the New York close',
        'The Bank of Canada lowered its overnight rate target by 25 basis points on Wednesday, its second straight cut, and the loonie slipped as traders priced more easing while a technology rout hit Wall Street.',
        'Key takeaways',
        'Policy rate now 4.5%, down from 4.75% set at the June meeting.',
      ],
      '2024-07-24',
    );
    expect(all.filter((c) => c.text === '4.5%').at(-1)?.indicator?.id).not.toBe('us.fed_funds_target_upper');
  });
});
