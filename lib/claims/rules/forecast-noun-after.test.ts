import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import { isForecastNounAfter } from './forecast-noun-after';

describe('forecast-noun-after: a figure followed by "consensus" or "forecast" is the expectation', () => {
  it('"a beat against the 150,000 consensus": only the release is marked', () => {
    const ids = idsOf(
      'Nonfarm payrolls grew by 190,000 in April, well above the 150,000 consensus that economists had submitted.',
      '2025-05-10',
    );
    expect(ids['190,000']).toBe('us.nonfarm_payrolls');
    expect(ids['150,000']).toBe('-');
  });

  it('reads only the words right after the figure', () => {
    expect(isForecastNounAfter(' median forecast of economists')).toBe(true);
    expect(isForecastNounAfter(' in April, beating the forecast')).toBe(false);
  });

  it('expected-after: "Unemployment rate: 4.0% versus 4.1% expected" marks 4.0% only', () => {
    const ids = idsOf('Unemployment rate: 4.0% versus 4.1% expected', '2025-03-07');
    expect(ids['4.1%']).toBe('-');
    expect(ids['4.0%']).toBe('us.unemployment_rate');
    expect(isForecastNounAfter(' expected to rise')).toBe(false);
  });
});

describe('base-case: "with a 1.0% policy rate as its base case" is a scenario', () => {
  it('the scenario is not marked; the rate in force is', () => {
    const ids = idsOf(
      'The Bank of Japan holds its policy rate at 0.75%; our desk sees another hike by summer, with a 1.0% policy rate as its base case.',
      '2026-02-10',
    );
    expect(ids['0.75%']).toBe('jp.boj_policy_rate');
    expect(ids['1.0%']).toBe('-');
    expect(isForecastNounAfter(' rate in force, the base case for most')).toBe(false);
  });
});

describe('that-expected: "the 3.0% that economists had expected" is the forecast', () => {
  it('only the release is marked', () => {
    const ids = idsOf(
      'Core CPI rose 2.8% from a year earlier in June, below the 3.0% that economists had expected.',
      '2025-07-15',
    );
    expect([ids['2.8%'], ids['3.0%']]).toEqual(['us.core_cpi_yoy', '-']);
  });
});

describe('that-expected with a quantifier: "the 4.2% most economists had penciled in"', () => {
  it('is the forecast, not a reading of the rate', () => {
    const ids = idsOf('Unemployment was steady at 4.1%, under the 4.2% most economists had penciled in.', '2025-07-03');
    expect([ids['4.1%'], ids['4.2%'] ?? '-']).toEqual(['us.unemployment_rate', '-']);
  });
});

describe('poll-expected', () => {
  it('"the 95,000 our desk poll had expected" and "the 40,000 our survey of dealers expected" are forecasts', () => {
    const ids = idsOf(
      'Payrolls rose by 73,000 in July, short of the 95,000 our desk poll had expected and above the 40,000 our survey of dealers expected.',
      '2025-08-01',
    );
    expect([ids['73,000'], ids['95,000'] ?? '-', ids['40,000'] ?? '-']).toEqual(['us.nonfarm_payrolls', '-', '-']);
  });
});

describe('forecast nouns: "a 90.8% probability" is odds, not a figure of the indicator', () => {
  it('is not marked', () => {
    expect(
      idsOf('After the CPI report, futures showed a 90.8% probability of a cut next week.', '2025-09-11')['90.8%'],
    ).toBe('-');
  });
});

describe('named-forecast', () => {
  it('"the 200,000 Dow Jones forecast" names a poll, not the release', () => {
    expect(isForecastNounAfter(' Dow Jones forecast, though')).toBe(true);
    expect(isForecastNounAfter(' jobs above forecast')).toBe(false);
  });
});

describe('that-expected with a poll: "the 95,000 gain economists polled by Northgate had pencilled in"', () => {
  it("a move noun and the poll's name between the figure and who expected it", () => {
    const ids = idsOf(
      'Payrolls grew by 57,000 last month, far below the 95,000 gain economists polled by Northgate Analytics had pencilled in.',
      '2026-07-02',
    );
    expect(ids['95,000']).toBe('-');
    expect(ids['57,000']).toBe('us.nonfarm_payrolls');
  });
});

describe('that-expected-polled-before', () => {
  it('"the 2.3% that forecasters polled before the release had pencilled in": an expectation', () => {
    expect(isForecastNounAfter(' that forecasters polled before the release had pencilled in.')).toBe(true);
  });
});

describe('that-had-expected', () => {
  it('"the 45,000 that a Larchmont survey of forecasters had expected": an expectation', () => {
    expect(isForecastNounAfter(' that a Larchmont survey of forecasters had expected.')).toBe(true);
    expect(isForecastNounAfter(' that the wire’s own panel had pencilled in.')).toBe(true);
    expect(isForecastNounAfter(' that the Labor Department reported on Friday.')).toBe(false);
  });
});

describe('that-expected-the-market', () => {
  it('"a shade below the 3.5% the market had pencilled in": the market\'s expectation', () => {
    expect(isForecastNounAfter(' the market had pencilled in.')).toBe(true);
  });
});

describe('expected-by', () => {
  it('"the 160,000 penciled in by economists" is the expectation, not the release', () => {
    expect(isForecastNounAfter(' penciled in by economists and our own survey')).toBe(true);
    expect(isForecastNounAfter(' expected by most analysts')).toBe(true);
    expect(isForecastNounAfter(' by the end of the month')).toBe(false);
  });
});

describe('noun-expected', () => {
  it('a count, its nouns and "expected" is the expectation the release is set against', () => {
    const cs = claimsOf(
      ['Employers added 30,000 workers, well short of the 70,000 new positions expected.'],
      '2025-09-05',
    );
    expect(cs.find((c) => c.text === '70,000')?.indicator ?? null).toBeNull();
  });
  it('"as expected" after a figure leaves it a release', () => {
    expect(isForecastNounAfter(' as expected, after a revised')).toBe(false);
  });
});

describe('median-of-poll', () => {
  it("the median of a poll's answers is the expectation, not the release", () => {
    const cs = claimsOf(
      ['U.S. retail sales climbed 0.9% in May, triple the 0.3% median in a panel of 40 economists.'],
      '2025-06-17',
    );
    expect(cs.find((c) => c.text === '0.3%')?.indicator ?? null).toBeNull();
  });
  it('"median" without a poll after it is left alone', () => {
    expect(isForecastNounAfter(' median household income')).toBe(false);
  });
});

describe('scenario-noun', () => {
  it('"The 155 yen scenario explained" names a scenario, not a quote', () => {
    expect(isForecastNounAfter(' scenario explained')).toBe(true);
  });
});

describe('is-a-call', () => {
  it('"Gold at $5,000 is no longer a fringe call" is a view of where gold goes, not judged', () => {
    expect(isForecastNounAfter(' is no longer a fringe call," said a strategist.')).toBe(true);
    expect(isForecastNounAfter(' is the highest close on record.')).toBe(false);
  });
});
