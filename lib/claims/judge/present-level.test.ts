import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { presentLevelBefore } from './present-level';

const verdict = (text: string, figure: string, published: string) =>
  claimsOf([text], published).find((c) => c.text === figure)?.judgement?.verdict;

describe('present-level phrasings', () => {
  it('present-range: "it now sits in a range of" states the range in force', () => {
    expect(presentLevelBefore('and it now sits in a range of ')).toBe('verb');
    const text =
      'The Fed lowered its benchmark rate in September for the first time this year, and it now sits in a range of 4.25% to 4.50%.';
    expect(verdict(text, '4.25% to 4.50%', '2025-10-10')).toBe('differs');
  });

  it('present-perfect-hold: "has kept Bank Rate at 3.5%"', () => {
    expect(presentLevelBefore('yet the Bank of England has kept Bank Rate at ')).toBe('verb');
  });

  it('still-pays: "Goods from China still carry an extra 30% tariff"', () => {
    expect(presentLevelBefore('Goods from China still carry an extra ')).toBe('verb');
    expect(verdict('Goods from China still carry an extra 30% tariff.', '30%', '2026-01-15')).toBe('differs');
  });

  it('tariff-of-rate: "Chinese exporters still face a tariff of 30%" is the China tariff, stated as present', () => {
    expect(verdict("Chinese exporters still face a tariff of 30% after November's truce.", '30%', '2026-02-18')).toBe(
      'differs',
    );
    expect(verdict('Goods from China face a tariff of 20%.', '20%', '2025-12-10')).toBe('matches');
  });
});

describe('present-level: more ways a rate is stated as the one in force', () => {
  it('range-after: "sits in a 4.75%-5.00% range"', () => {
    expect(presentLevelBefore("Washington's policy rate sits in a ")).toBe('verb');
    expect(verdict("The Fed's policy rate sits in a 4.75%-5.00% range.", '4.75%-5.00%', '2024-11-15')).toBe('differs');
  });

  it('remains-as-is: "the target range remains 4.50%-4.75%"', () => {
    expect(presentLevelBefore("the Fed's target range remains ")).toBe('verb');
    expect(presentLevelBefore('the index remains at its high, up ')).toBeUndefined();
  });

  it('the copula after "LPR": "The one-year LPR is 3.45 percent"', () => {
    expect(presentLevelBefore('The one-year LPR is ')).toBe('verb');
  });

  it('holds-name: "which holds Bank Rate at 4.00 percent"', () => {
    expect(presentLevelBefore('the Bank of England, which holds Bank Rate at ')).toBe('verb');
  });

  it('possessive-rate: "the Bank of Canada\'s 3% overnight rate" is the rate it has now; a peak is history', () => {
    expect(presentLevelBefore("the Bank of Canada's ", ' overnight rate looks high')).toBe('possessive');
    expect(presentLevelBefore("the Bank of England's ", ' peak of last summer')).toBeUndefined();
    expect(presentLevelBefore("the Bank of England's ", ' policy rate of last year')).toBeUndefined();
    // past-lead: a sentence about an earlier time leaves the rate a question.
    expect(presentLevelBefore("Before the January hike, the BoJ's ", ' policy rate kept the yen weak')).toBeUndefined();
    const text = "The loonie slipped as the Bank of Canada's 3% overnight rate drew fresh scrutiny from exporters.";
    expect(verdict(text, '3%', '2025-06-04')).toBe('differs');
  });
});

describe('rates decided but not yet in force, and threats', () => {
  it('taking-effect: an order "reducing tariffs on Japanese cars from 27.5% to 15%" a week before they apply is no red', () => {
    const text = 'Trump signed an executive order reducing the tariff on Japanese cars from 27.5% to 15%.';
    expect(verdict(text, '15%', '2025-09-05')).toBe('check');
  });
  it('taking-effect, 56 days ahead: the deal of 22 July 2025 ("duties on autos also fell to 15% from 25%")', () => {
    const text = "Specific duties on autos, a quarter of Japan's U.S. exports, also fell to 15% from 25%.";
    expect(verdict(text, '15%', '2025-07-23')).toBe('check');
  });
  it('threatened-rate: "lower than the 25% initially threatened" is no rate in force', () => {
    const text =
      'Tariffs on Japanese cars and other goods will be set at 15%, lower than the 25% initially threatened by Trump.';
    expect(claimsOf([text], '2025-07-23').find((c) => c.text === '25%')?.indicator ?? null).toBeNull();
  });
});

describe('present-first-print', () => {
  // U.S. unemployment: November 2025 first printed 4.6% (2025-12-16), revised to 4.5%; December 4.4% (2026-01-09).
  it("an older month's first print stated as the present rate is stale", () => {
    expect(verdict('The unemployment rate stands at 4.6%, the highest since 2021.', '4.6%', '2026-01-15')).toBe(
      'differs',
    );
    expect(verdict('The unemployment rate stands at 4.4%, the lowest in months.', '4.4%', '2026-01-15')).not.toBe(
      'differs',
    );
  });
});

describe('which-is-why', () => {
  it('a year in a "which is why" clause after the figure does not date it', () => {
    const cs = claimsOf(
      ['The unemployment rate stands at 4.4%, which is why markets still price more Fed cuts in 2026.'],
      '2026-01-15',
    );
    const c = cs.find((x) => x.text === '4.4%')!;
    expect(c.period ?? null).toBeNull();
    expect(c.judgement?.verdict).toBe('since-changed');
  });
});
