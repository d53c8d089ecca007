import { describe, expect, it } from 'vitest';
import { analyze, verdictOf, wordsOf } from './checks.fixture';

describe('direction: the way the words say a figure moved is the way its levels moved', () => {
  it('a "raise" to a lower rate, and a "cut" to a higher one', () => {
    const up = analyze('The Bank of Japan raised its policy rate to 0.25% from 0.5% in January 2025.');
    expect(verdictOf(up, '0.25%')).toBe('inconsistent');
    expect(wordsOf(up, '0.25%')).toEqual(['said to rise to 0.25% from 0.5%, but 0.25 is below 0.5']);
    // The level it started from is not the wrong figure: it keeps its verdict.
    expect(verdictOf(up, '0.5%')).not.toBe('inconsistent');
    const cut = analyze('The Bank of Japan cut the BOJ policy rate of the country to 0.75% from 0.5%.');
    expect(verdictOf(cut, '0.75%')).toBe('inconsistent');
  });

  it('size-is-level: "a 0.5% rate hike" that took the rate to 0.5% is a question, not an alarm (the seed article)', () => {
    const cs = analyze("The Bank of Japan's 0.5% rate hike in January 2025 surprised few.");
    expect(cs.flatMap((c) => c.checks ?? [])).toEqual([]);
    expect(verdictOf(cs, '0.5%')).toBe('check');
  });

  it('leaves a move the right way alone', () => {
    expect(
      analyze('The Bank of Japan raised its policy rate to 0.5% from 0.25% in January 2025.').flatMap(
        (c) => c.checks ?? [],
      ),
    ).toEqual([]);
  });

  it('a hike whose size is not the gap between the levels before and after', () => {
    const cs = analyze("The Bank of Japan's 0.75% rate hike in January 2025 surprised few.");
    expect(verdictOf(cs, '0.75%')).toBe('inconsistent');
    expect(wordsOf(cs, '0.75%')).toEqual(['0.25% to 0.5% is a 0.25-point rise, not 0.75%']);
    expect(
      analyze("The Bank of Japan's 0.25 percentage point rate hike in January 2025 surprised few.").flatMap(
        (c) => c.checks ?? [],
      ),
    ).toEqual([]);
  });

  it('a move said to fall that the levels show rose, against the previous close', () => {
    const cs = analyze('The S&P 500 fell 4.31 points to 6,850.92 on Friday.');
    expect(cs.find((c) => c.text === '4.31 points')?.checks?.[0]?.kind).toBe('direction');
    expect(verdictOf(cs, '4.31 points')).toBe('inconsistent');
    expect(verdictOf(cs, '6,850.92')).not.toBe('inconsistent');
  });

  it('leaves currency pairs alone: "fell" may be said of either currency', () => {
    expect(
      analyze('The yen weakened to 143.0 per dollar from 142.5, and USD/JPY fell to 143.0 from 142.5.').flatMap(
        (c) => c.checks ?? [],
      ),
    ).toEqual([]);
  });
});
