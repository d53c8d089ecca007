import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';
import { intradayExtremeBefore } from './intraday-extreme';

describe("intraday-extreme: a day's low or high is not judged against the close", () => {
  it('"dipped as low as 3.86% in the April 4 session" is check, not red (closes 4.06 → 4.01)', () => {
    const s = 'The 10-year Treasury yield, near 4.3% again, had sunk as low as 3.86% in the April 4 session.';
    expect(verdictOf(s, '3.86%', '2025-04-17')).toBe('check');
  });
  it("the same figure stated as that day's level is still red", () => {
    const s = 'The 10-year Treasury yield, near 4.3% again, had closed at 3.86% in the April 4 session.';
    expect(verdictOf(s, '3.86%', '2025-04-17')).toBe('differs');
  });
  it('a "low" far outside any day\'s swing still differs', () => {
    const s = 'The 10-year Treasury yield, near 4.3% again, had sunk as low as 2.86% in the April 4 session.';
    expect(verdictOf(s, '2.86%', '2025-04-17')).toBe('differs');
  });
  it('reads the words that make a figure an extreme, and not a record close', () => {
    expect(intradayExtremeBefore('touched an intraday high of ')).toBe('high');
    expect(intradayExtremeBefore('fell to a session low of about ')).toBe('low');
    // years-extreme: "hit a 34-year peak of" is the day's high, not its close.
    expect(intradayExtremeBefore('the greenback touched a 38-year peak of ')).toBe('high');
    expect(intradayExtremeBefore('closed at a record high of ')).toBeUndefined();
    expect(intradayExtremeBefore('rose to ')).toBeUndefined();
  });

  it('lowest-hit: "its lowest reading since Aug. 5, a day on which it hit" is that day\'s low, through a dotted month', () => {
    expect(intradayExtremeBefore('the gauge sits at its lowest reading since Aug. 5, a day on which it hit ')).toBe(
      'low',
    );
  });
  it('record-high-at: "set a fresh record high at" is the day\'s high', () => {
    expect(intradayExtremeBefore('the metal set a fresh record high at ')).toBe('high');
  });

  it('peak-hit: "their peaks reached on January 13, when the 10-year yield hit 4.803%" is the day\'s high', () => {
    expect(intradayExtremeBefore('the yield is well off its 2025 peak, set on January 13 when it hit ')).toBe('high');
    const s = 'The 10-year yield is well off its 2025 peak, set on January 13 when it hit 4.803%.';
    expect(verdictOf(s, '4.803%', '2025-12-31')).toBe('check');
  });
});

describe('extreme "an all-time high of": an intraday record is not judged against the close', () => {
  it('is check, not red', () => {
    expect(
      verdictOf('The Nikkei 225 set an all-time high of 48,527 points today.', '48,527 points', '2025-10-06'),
    ).toBe('check');
  });
});

describe('extreme "an all-time high above $126,000", "a new all-time high of nearly $124,000"', () => {
  it("an intraday record is check, not red, against the day's close", () => {
    expect(verdictOf('On Oct. 6 bitcoin set an all-time high above $126,080.', '$126,080', '2025-10-17')).toBe('check');
  });
});

describe('peak-then-close', () => {
  // Stored VIX closes: 23.66 on 2025-11-19, 26.42 on 2025-11-20.
  it('"peaked at 27.8 on Thursday and closed near 26.4" is the day\'s high: a question, not red', () => {
    const s = 'The VIX peaked at 27.8 on Thursday and closed the session near 26.4.';
    expect(verdictOf(s, '27.8', '2025-11-21')).toBe('check');
  });
  it('a figure the sentence calls the close stays a close', () => {
    expect(verdictOf('The VIX closed at 27.8 on Thursday.', '27.8', '2025-11-21')).toBe('differs');
  });
});

describe('past-to-record', () => {
  // Stored bitcoin: 118,389.79 on 2025-08-13, 117,436.96 on 2025-08-14.
  it('"surged past $124,950.25, setting a fresh all-time high" is the day\'s high: a question, not red', () => {
    const s = 'Bitcoin surged past $124,950.25, setting a fresh all-time high.';
    expect(verdictOf(s, '$124,950.25', '2025-08-14')).toBe('check');
  });
});

describe('volatile-swing', () => {
  // Stored LBMA silver: 72.18 on 2025-12-26, 74.635 on 2025-12-29.
  it("silver's record high of $83.62 on Monday, 12% above the close, is check, not red", () => {
    const s = 'Spot silver added 2.8% to $73.30 per ounce, after hitting an all-time high of $83.62 on Monday.';
    expect(verdictOf(s, '$83.62', '2026-01-02')).toBe('check');
  });
  it('a high further out than any day of silver swings still differs', () => {
    const s = 'Spot silver added 2.8% to $73.30 per ounce, after hitting an all-time high of $93.62 on Monday.';
    expect(verdictOf(s, '$93.62', '2026-01-02')).toBe('differs');
  });
});

describe('touching-before', () => {
  // Stored EUR/USD (New York noon): 1.1766 on 2025-09-15, 1.1807 on 2025-09-16.
  it('"down 0.2% around $1.1849 after touching $1.1879 Tuesday" is the day\'s high, not a close', () => {
    const s = 'EUR/USD: down 0.2% around $1.1849 after touching $1.1879 Tuesday, its strongest since Sept 2021.';
    expect(verdictOf(s, '$1.1879', '2025-09-17')).toBe('check');
  });
});

describe('bare-span-extreme', () => {
  it('"retreats from three-week high of" names the high with no article before it', () => {
    expect(intradayExtremeBefore('The pair retreats from three-week high of ')).toBe('high');
    expect(intradayExtremeBefore('The pair bounces off three-month low of ')).toBe('low');
    expect(intradayExtremeBefore('The pair closed the week at ')).toBeUndefined();
  });
});

describe('dated-extreme', () => {
  it('"the March 2022 high of" names a high, not a close', () => {
    expect(intradayExtremeBefore('slipping from the March 2022 high of ')).toBe('high');
    expect(intradayExtremeBefore('off the 2024 low of ')).toBe('low');
  });
});
