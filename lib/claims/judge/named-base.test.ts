import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { namedBases } from './named-base';

const judged = (text: string, published: string, figure: string) =>
  claimsOf(text, published).find((c) => c.text === figure)?.judgement;

describe('named-base: an undated move measured from a close the sentence names', () => {
  it('"16.6% under the 27,968.09 it reached on Jan. 29" is the distance from that close to the last session', () => {
    const j = judged(
      'The Hang Seng fell 1.8% on Tuesday, which leaves the index 16.6% under the 27,968.09 it reached on Jan. 29.',
      '2026-06-23',
      '16.6%',
    );
    expect(j?.verdict).toBe('matches');
    expect(j?.reference?.period).toBe('2026-01-29/2026-06-23');
  });

  it('"10.3% below its 2024 closing high" is measured from the year\'s highest close', () => {
    const j = judged('The KOSPI now sits 10.3% below its 2024 closing high.', '2024-10-08', '10.3%');
    expect(j?.verdict).toBe('matches');
    expect(j?.explanation).toMatch(/2024-07-11/);
  });

  it('"30.1% below its October peak" is measured from the month\'s highest close', () => {
    const j = judged('Bitcoin now sits 30.1% below its October peak.', '2025-11-20', '30.1%');
    expect(j?.verdict).toBe('matches');
    expect(j?.explanation).toMatch(/2025-10-05/);
  });

  it('"Since Monday ... has given back 1.33%" is measured from Monday\'s close', () => {
    expect(judged('Since Monday the S&P 500 has given back 1.33%.', '2025-09-25', '1.33%')?.verdict).toBe('matches');
  });

  it('a figure that does not fit the named close stays a question, never a match', () => {
    const j = judged('The KOSPI now sits 11.3% below its 2024 closing high.', '2024-10-08', '11.3%');
    expect(j?.verdict).not.toBe('matches');
  });

  it('a coarse figure ("about 10%") may fit by chance: it is not fitted', () => {
    const j = judged('The KOSPI now sits 10% below its 2024 closing high.', '2024-10-08', '10%');
    expect(j?.verdict).not.toBe('matches');
  });

  it('reads days, weekdays and month and year extremes, and skips a day after the article', () => {
    expect(namedBases('It is 5% under its Oct. 28 record and above Monday.', '2025-11-20')).toEqual([
      { day: '2025-10-28' },
      { day: '2025-11-17' },
    ]);
    expect(namedBases('It sits below its early-October peak and its 2024 low.', '2025-11-20')).toEqual([
      { from: '2025-10-01', to: '2025-10-31', extreme: 'high' },
      { from: '2024-01-01', to: '2024-12-31', extreme: 'low' },
    ]);
    expect(namedBases('Up from 24,000 on Dec. 3.', '2025-12-03')).toEqual([{ day: '2024-12-03' }]);
    expect(namedBases('It rose 29,000 barrels.', '2025-12-03')).toEqual([]);
  });
});

describe('named-base-distance: a distance from the close on a day the sentence names, not a move on that day', () => {
  it('"2.38% below the record close it set only on Monday, July 28. is measured from that close to the last one', () => {
    const j = judged(
      'The slide left the S&P 500 2.38% below the record close it set only on Monday, July 28.',
      '2025-08-01',
      '2.38%',
    );
    expect(j?.verdict).toBe('matches');
    expect(j?.reference?.period).toBe('2025-07-28/2025-08-01');
  });

  it('a distance that does not fit stays a question', () => {
    const j = judged(
      'The slide left the S&P 500 3.38% below the record close it set only on Monday, July 28.',
      '2025-08-01',
      '3.38%',
    );
    expect(j?.verdict).not.toBe('matches');
  });
});
