import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { termDate } from './term-date';

describe('term-date', () => {
  it('a term that is only a date, its weekday agreeing, dates its definition', () => {
    expect(termDate('Timeline · 1 August 2024 (Thursday)', '2024-10-21')).toBe('2024-08-01');
    expect(termDate('Monday, 5 August 2024', '2024-10-21')).toBe('2024-08-05');
    expect(termDate('April 7, 2025', '2025-07-20')).toBe('2025-04-07');
  });
  it('a term with words besides the date, a weekday it does not fall on, or a day after the article dates nothing', () => {
    expect(termDate('Bank Rate', '2024-10-21')).toBeNull();
    expect(termDate('Close on 1 August 2024', '2024-10-21')).toBeNull();
    expect(termDate('1 August 2024 (Friday)', '2024-10-21')).toBeNull();
    expect(termDate('1 November 2024', '2024-10-21')).toBeNull();
  });
  it('a chronology entry is read as of its day: its undated figures and "on the week" are that day\'s', () => {
    const claims = claimsOf(
      [
        {
          context: 'Timeline · 11 April 2025 (Friday)',
          text: 'Tariff worries persist. The 10-year Treasury yield closes at 4.48%, up 47 basis points on the week.',
        },
      ],
      '2025-07-20',
    );
    expect(claims.map((c) => [c.text, c.indicator?.id, c.judgement?.verdict])).toEqual([
      ['4.48%', 'us.ust_10y_yield', 'matches'],
      ['47 basis points', 'us.ust_10y_yield', 'matches'],
    ]);
  });
  it('entry-sentences: an entry is read sentence by sentence, so one sentence\'s "duties" is not the next one\'s subject', () => {
    const claims = claimsOf(
      [
        {
          context: 'Timeline · 4 April 2025 (Friday)',
          text: 'China announces retaliatory duties before the New York open and the selling accelerates. The S&P 500 tumbles 5.97%, and the Dow drops 2,231.07 points.',
        },
      ],
      '2025-07-20',
    );
    expect(claims.map((c) => [c.text, c.indicator?.id, c.judgement?.verdict])).toEqual([
      ['5.97%', 'idx.sp500', 'matches'],
      ['2,231.07 points', 'idx.djia', 'matches'],
    ]);
  });
});
