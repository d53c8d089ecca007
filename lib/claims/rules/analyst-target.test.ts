import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isAnalystTarget } from './analyst-target';

describe("analyst-target: a strategist's target is not the market", () => {
  it('"raised its year-end Nikkei target to 58,000": the market named inside the cue', () => {
    const ids = idsOf("The bank's strategists raised their year-end Nikkei target to 58,000 on Monday.");
    expect(ids['58,000']).toBe('-');
  });

  it('"our one-month EUR/USD target stays at 1.21": any month horizon is a cue', () => {
    const ids = idsOf('Our one-month EUR/USD target stays at 1.21 after the data.');
    expect(ids['1.21']).toBe('-');
    expect(isAnalystTarget('Their 3-month gold target is ')).toBe(true);
  });

  it('"cut her year-end S&P 500 target to 7,100 from 7,400": both figures, the old one too', () => {
    const ids = idsOf('The strategist, who cut her year-end S&P 500 target to 7,100 from 7,400, stayed cautious.');
    expect(ids['7,100']).toBe('-');
    expect(ids['7,400']).toBe('-');
  });

  it('leaves a target range and an inflation target alone', () => {
    expect(isAnalystTarget('The Fed lowered its target range to ')).toBe(false);
    expect(isAnalystTarget('inflation above the 2% target at ')).toBe(false);
    expect(isAnalystTarget('a 12-month price target of ')).toBe(true);
  });

  it('a level stated beside it is still marked', () => {
    const ids = idsOf('The S&P 500 closed at 6,850.20 on Friday.');
    expect(ids['6,850.20']).toBe('idx.sp500');
  });

  it('targets-a-level: "targets a 10-year yield of 4.75% by December" is where a strategist aims', () => {
    const text = 'Dana Whitcomb, chief strategist at a fund, targets a 10-year yield of 4.75% by December.';
    expect(idsOf(text, '2026-06-16')['4.75%']).toBe('-');
    expect(isAnalystTarget('The Fed targets ')).toBe(false);
  });
});

describe('survey-target', () => {
  it('"an average S&P 500 target of 7,629" in a strategist survey is a forecast', () => {
    expect(isAnalystTarget('A poll of strategists puts the median S&P 500 target at ')).toBe(true);
    expect(isAnalystTarget('The survey shows an average S&P 500 target of ')).toBe(true);
  });
});

describe('raised-its-target', () => {
  it('"raised its gold target to $3,800": a firm\'s target, not the market; not a bank\'s inflation target', () => {
    expect(isAnalystTarget('Meridale Bullion raised its gold target to $')).toBe(true);
    expect(isAnalystTarget('The bank kept its inflation target at ')).toBe(false);
    expect(isAnalystTarget('The bank lowered its inflation target to ')).toBe(false);
  });
});

describe('rate-target-cut', () => {
  it('"cut its overnight rate target to 2.25%" is the bank\'s policy rate, not an analyst\'s target', () => {
    expect(isAnalystTarget('The Bank of Canada cut its overnight rate target to ')).toBe(false);
    const s = 'The Bank of Canada cut its overnight rate target to 2.25% on Wednesday.';
    expect(idsOf(s, '2025-10-29')['2.25%']).toBe('ca.boc_policy_rate');
  });
});

describe('target-not-move', () => {
  it('"Starbucks fell 5% following a price target cut" is no inflation target', () => {
    expect(idsOf(['In contrast, Starbucks fell 5% following a price target cut.'], '2025-10-06')['5%']).toBe('-');
    expect(idsOf(["After the BOJ's inflation target review, bank shares fell 5%."], '2025-10-06')['5%']).toBe('-');
  });
  it("the BOJ's 2% target is still one", () => {
    const ids = idsOf(["Inflation has stayed above the BOJ's 2% target for three years."], '2025-10-06');
    expect(ids['2%']).toBe('jp.boj_inflation_target');
  });
});

describe('target-after', () => {
  it('"reiterated a 7,300 year-end 2026 target for the S&P 500" is no reading', () => {
    const ids = idsOf('Strategists at one bank reiterated a 7,300 year-end 2026 target for the S&P 500.', '2025-12-05');
    expect(ids['7,300'] ?? '-').toBe('-');
  });
  it('horizon-index-target: "keep a 25,000 year-end DAX target" is no reading', () => {
    const ids = idsOf(
      'Our equity strategists keep a 25,000 year-end DAX target; 24,000 is the first support.',
      '2025-06-05',
    );
    expect(ids['25,000'] ?? '-').toBe('-');
  });
  it('"the BOJ\'s 2% target" is still the bank\'s target', () => {
    expect(idsOf("Prices stayed above the BOJ's 2% target.", '2025-12-05')['2%']).toBe('jp.boj_inflation_target');
  });
});

describe('near-term target', () => {
  it('"set a near-term target of $85,000 for bitcoin" is no reading', () => {
    expect(
      idsOf('One desk set a near-term target of $84,000 for bitcoin on technical grounds.', '2025-11-18')['$84,000'] ??
        '-',
    ).toBe('-');
  });
});

describe('set-a-target', () => {
  it('"set an S&P 500 target of 8,000 for next June" is a target, not the index', () => {
    expect(isAnalystTarget("Caldera Point's Sunita Ward set an S&P 500 target of ")).toBe(true);
    expect(isAnalystTarget('The Fed cut by a quarter point, setting the federal funds target at ')).toBe(false);
    expect(
      idsOf("Caldera Point's Sunita Ward set an S&P 500 target of 8,000 for next June.", '2026-06-18')['8,000'] ?? '-',
    ).toBe('-');
  });
});

describe('put-year-end-level', () => {
  it('"put the Nikkei\'s year-end level at 52,000" is a forecast; "a year-end level of 5,881.63" in a review is not', () => {
    expect(isAnalystTarget("Odile Ferrant put the Nikkei's year-end level at ")).toBe(true);
    expect(isAnalystTarget('The S&P 500 ended 2024 at a year-end level of ')).toBe(false);
  });
});
