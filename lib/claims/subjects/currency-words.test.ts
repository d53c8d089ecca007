import { describe, expect, it } from 'vitest';
import { claimsOf, ruleOf } from '../test-engine';

describe('currency-words: a pair named by its currencies, not an alias', () => {
  it('a percentage move of the dollar priced in yen is USD/JPY', () => {
    expect(ruleOf('The dollar jumped 1.2 percent to ¥157.43 in New York trading.', '1.2 percent')).toEqual({
      id: 'fx.usdjpy',
      rule: 'currency-words',
    });
  });

  it("the pair's move belongs to the first currency named, though the other stands nearer", () => {
    // The dollar named first moves the pair; since unit-in-figure, the chain from "149.20 yen" carries it.
    expect(ruleOf('The dollar rose to 149.20 yen, up 0.6%.', '0.6%').id).toBe('fx.usdjpy');
    const c = claimsOf('The dollar rose to 149.20 yen, up 0.6%.').find((x) => x.text === '0.6%')!;
    expect(c.value).toBe(0.6);
  });

  it('a level is the pair of the currency beside it, not of one named a clause away', () => {
    const text = 'The euro climbed to $1.1704, its highest since September 2021, and sterling slipped 0.2% to $1.3720.';
    expect(ruleOf(text, '$1.3720', '2025-06-27').id).toBe('fx.gbpusd');
    expect(ruleOf(text, '$1.1704', '2025-06-27').id).toBe('fx.eurusd');
  });
});

describe('currency-right-before', () => {
  it('"..., leaving the dollar down 2.84% against the Japanese currency" is the dollar\'s move, whichever currency came first', () => {
    const [, move] = claimsOf(
      'The yen firmed to 152.64 per dollar, leaving the dollar down 2.84% against the Japanese currency this week.',
      '2026-02-12',
    );
    expect(move?.indicator?.id).toBe('fx.usdjpy');
    expect(move?.value).toBe(-2.84);
  });
});

describe('pair-word-past-clause', () => {
  it('a currency named after the figure, past ", and", is the next clause’s', () => {
    const cs = claimsOf(
      ['The pound fell 1.17% on the dollar to $1.3386, and slid 0.72% against the euro.'],
      '2025-09-02',
    );
    expect(cs.find((c) => c.text === '$1.3386')?.indicator?.id).toBe('fx.gbpusd');
  });
});

describe('level-subject-currency', () => {
  it('"it" after a level quoted by its currencies moves the currency the sentence opened with', () => {
    const text =
      'The yuan changed hands at 7.1757 per dollar, firmer than 7.1819 a day earlier. It has gained 1.7% since the end of last year.';
    const move = claimsOf(text, '2025-08-20').find((c) => c.text === '1.7%')!;
    expect(move.indicator?.id).toBe('fx.usdcny');
    // The yuan up is USD/CNY down.
    expect(move.value).toBe(-1.7);
  });
  it('opened by the dollar, the same move is the pair itself', () => {
    const text =
      'The dollar bought 7.1757 yuan, weaker than 7.1819 a day earlier. It has lost 1.7% since the end of last year.';
    const move = claimsOf(text, '2025-08-20').find((c) => c.text === '1.7%')!;
    expect(move.indicator?.id).toBe('fx.usdcny');
    expect(move.value).toBe(-1.7);
  });
});

describe('label-not-mover', () => {
  // Stored USD/CNY: 7.2993 on 2024-12-31; the dollar had lost about 1.6% against the yuan by 2025-08-07.
  it('"Yuan: the dollar has lost 1.6% ...": the label is the topic, the dollar is what moved', () => {
    const c = claimsOf(
      ['Yuan: the dollar has shed 1.6% against the Chinese currency since the end of 2024.'],
      '2025-08-07',
    ).find((x) => x.text === '1.6%')!;
    expect(c.value).toBe(-1.6);
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('unit-in-figure', () => {
  // Stored USD/JPY noon rates: 157.37 (2024-12-31) → 144.34 (2025-04-10): the dollar down 8.3%.
  it('"The dollar was fixed at 145.09 yen ..., and it is down 8.3%": the yen is the price\'s unit, the dollar moved', () => {
    const s =
      'The dollar was fixed at 145.09 yen at noon in New York, and it is down 8.3% against the Japanese currency since the end of 2024.';
    const c = claimsOf([s], '2025-04-10').find((x) => x.text === '8.3%');
    expect(c?.value).toBe(-8.3);
  });
});

describe('pence-is-sterling', () => {
  it('"the euro rose 0.3% to 87.6 pence" is priced in sterling (EUR/GBP), never EUR/USD', () => {
    const c = claimsOf(['The euro rose 0.3% to 87.6 pence.'], '2025-10-28').find((x) => x.text.startsWith('87.6'));
    expect(c?.indicator ?? null).toBeNull();
  });
});

describe('against-lead', () => {
  // 2024-04-26: dollar-yen closed 2023 at 140.92 and stood near 156-157 on the day.
  it('"Versus the yen, the dollar is now up 11.2% this year": the dollar rose, so dollar-yen is up', () => {
    const c = claimsOf(['Versus the yen, the dollar is now up 11.2% this year.'], '2024-04-26').find(
      (x) => x.text === '11.2%',
    )!;
    expect(c.indicator?.id).toBe('fx.usdjpy');
    expect(c.value).toBe(11.2);
  });
});
