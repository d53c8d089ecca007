import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { releaseWords } from './stale-as-latest';

const verdict = (text: string, published: string, figure: string) =>
  claimsOf(text, published).find((c) => c.text === figure)?.judgement?.verdict;

describe("stale-as-latest: an older month's figure given as the latest, or beside the latest month, is red", () => {
  it('"The most recent CPI print showed inflation of 2.4%" after April\'s 2.3% was out is March\'s figure as the newest', () => {
    expect(verdict('The most recent CPI print showed inflation of 2.4%.', '2025-05-21', '2.4%')).toBe('differs');
  });

  it('"Payrolls grew by 151,000 in February and the jobless rate stood at 4.0%": January\'s rate beside February', () => {
    const text = 'Payrolls grew by 151,000 in February and the jobless rate stood at 4.0%.';
    expect(verdict(text, '2025-03-19', '4.0%')).toBe('differs');
  });

  it('a sentence that speaks of an earlier reading ("the month before") stays a question', () => {
    const text = 'Payrolls grew by 151,000 in February; the jobless rate had stood at 4.0% the month before.';
    expect(verdict(text, '2025-03-19', '4.0%')).not.toBe('differs');
  });

  it('a newest month whose release day is not stored must be well past: "the latest CPI, 2.9%" on 2025-10-15 was right', () => {
    // September's CPI came out on Oct. 24, 2025, put off by the shutdown.
    expect(verdict('The latest CPI report showed prices up 2.9% from a year earlier.', '2025-10-15', '2.9%')).not.toBe(
      'differs',
    );
  });

  it('"from a year earlier" defines a yearly rate; it is no earlier reading', () => {
    expect(releaseWords('Prices rose 2.7% from a year earlier in the latest report.', '2025-10-15')).toEqual({
      latest: true,
      months: [],
      earlier: false,
      stillLatest: false,
    });
    expect(releaseWords('Inflation eased to 2.4% in March after 2.8% in February.', '2025-05-21').earlier).toBe(true);
    expect(releaseWords('Employers added 147,000 jobs last month.', '2025-07-03').months).toEqual([6]);
  });
});

describe('yearly-rate-span', () => {
  // U.S. CPI, year over year: April 2026 3.8%, May 2026 4.2% (out 2026-06-10).
  it('"up 3.8% on the year" in the most recent report is April\'s rate given as the latest, not a year-to-date span', () => {
    const t = 'The most recent CPI report showed consumer prices up 3.8% on the year, well above the goal.';
    expect(verdict(t, '2026-07-08', '3.8%')).toBe('differs');
    expect(['matches', 'since-changed']).toContain(verdict(t.replace('3.8%', '4.2%'), '2026-07-08', '4.2%'));
  });
});

describe('latest-named-stale', () => {
  // U.S. CPI: March 2025 2.4%; April 2.3% (out 2025-05-13).
  it('"The latest CPI reading was 2.4%, for March" after April\'s release is stale', () => {
    expect(verdict('The latest CPI reading was 2.4%, for March, still above the goal.', '2025-06-06', '2.4%')).toBe(
      'differs',
    );
    expect(verdict('The latest CPI reading was 2.3%, for April, still above the goal.', '2025-06-06', '2.3%')).toBe(
      'matches',
    );
    expect(verdict('The latest CPI reading was 2.4%, for March.', '2025-04-20', '2.4%')).toBe('matches');
  });
});

describe('latest-for-month', () => {
  // U.S. CPI: August 2025 2.9%; September 3.0% (out 2025-10-24, delayed by the shutdown).
  it('"The most recent CPI reading, for August, showed prices up 2.9%" a week after September\'s is stale', () => {
    const text = 'The most recent CPI reading, for August, showed prices up 2.9% from a year earlier.';
    expect(verdict(text, '2025-10-31', '2.9%')).toBe('differs');
    expect(verdict(text, '2025-10-20', '2.9%')).toBe('matches');
  });
  // Japan core CPI: August 2025 2.7%; September 2.9% (out 2025-10-24).
  it('past an aside: "Japan\'s latest reading showed core CPI, which excludes fresh food, running at 2.7% in August"', () => {
    const text =
      "Japan's latest reading showed core CPI, which excludes fresh food, running at 2.7% in August, above the 2% target.";
    expect(verdict(text, '2025-11-19', '2.7%')).toBe('differs');
    expect(verdict(text, '2025-10-01', '2.7%')).toBe('matches');
  });
});

describe('last-measured', () => {
  // U.S. CPI: March 2024 3.5%; April 3.4% (out 2024-05-15).
  it('"was last measured at 3.5%" in June gives March\'s figure as the latest: stale', () => {
    expect(verdict('U.S. inflation was last measured at 3.5%, still well above the goal.', '2024-06-03', '3.5%')).toBe(
      'differs',
    );
    expect(releaseWords('U.S. inflation was last measured at 3.5%.', '2024-06-03').latest).toBe(true);
  });
});
