import { describe, expect, it } from 'vitest';
import { claimsOf, verdictOf } from '../test-engine';

// Stored U.K. holdings for November 2025: first printed 888.5 (release of 2026-01-15); 879.8 in the
// table edition read in May 2026. Foreign total for September 2025: 9,249 (2025-11-19), 9,248 (2025-12-18).

describe('next-edition-revision', () => {
  it('a revision dated only by the month its table was read is out one release after the first print', () => {
    const text = 'Britain held $879.8 billion of U.S. Treasuries at the end of November.';
    expect(verdictOf(text, '$879.8 billion', '2026-02-27')).toBe('matches');
  });
});

describe('revised-by-then', () => {
  it('a fine figure equal to a revision not yet out by the stored dates is a question, not an error', () => {
    const text = 'Britain held $879.8 billion of U.S. Treasuries at the end of November.';
    expect(verdictOf(text, '$879.8 billion', '2026-01-27')).toBe('check');
  });

  it('the first print is what matches before the revision', () => {
    const text = 'Britain held $888.5 billion of U.S. Treasuries at the end of November.';
    expect(verdictOf(text, '$888.5 billion', '2026-01-27')).toBe('matches');
  });
});

describe('first-print-quoted', () => {
  it('a first print quoted after a rounding-sized revision is close', () => {
    const text = 'Total foreign holdings of U.S. Treasuries stood at $9,249 billion in September.';
    expect(verdictOf(text, '$9,249 billion', '2026-02-27')).toBe('close');
  });
});

describe('from-first-print', () => {
  // Stored U.K. holdings: September 865.0 (first print, 2025-11-18), later editions 862.1 and 862.5;
  // October 877.9 (2025-12-18).
  it('a month’s rise measured from the month before as first published is a question, not red', () => {
    const s = 'U.K. holdings of Treasuries rose $13.2 billion in October to $877.9 billion.';
    expect(verdictOf(s, '$13.2 billion', '2025-12-19')).toBe('check');
  });
  it('a rise far from every reading stays red', () => {
    const s = 'U.K. holdings of Treasuries rose $31.2 billion in October to $877.9 billion.';
    expect(verdictOf(s, '$31.2 billion', '2025-12-19')).not.toBe('check');
  });
});

describe('gdp-first-prints', () => {
  // Stored U.S. GDP for 2025-Q2: advance 3.0 (2025-07-30), second 3.3 (2025-08-28), third 3.8 (2025-09-25).
  const text = 'The U.S. economy expanded at an annual rate of 3.0 percent in the April to June period.';
  it('the advance estimate matches on its release day', () => {
    expect(verdictOf(text, '3.0 percent', '2025-07-30')).toBe('matches');
  });
  it('after the second estimate the advance figure has since changed', () => {
    expect(verdictOf(text, '3.0 percent', '2025-09-01')).not.toBe('matches');
  });
});

describe('undated-revision-either', () => {
  // China's October 2025 holdings: first print $688.7bn (2025-12-18), $687.7bn in the table read 2026-05;
  // November's first print $682.6bn (2026-01-15). The UK: October 877.9 first, 875.4 later; November 888.5.
  it('a release-day move from the first print agrees where the stored revision may not yet have been out', () => {
    const cs = claimsOf(
      [
        "China's holdings of Treasuries fell by $6.1 billion to $682.6 billion.",
        "Britain's holdings climbed 1.2% to $888.5 billion.",
        'Mainland Chinese holdings fell $1.6 billion to $682.6 billion from $688.7 billion.',
      ],
      '2026-01-15',
    );
    expect(cs.find((c) => c.text === '$6.1 billion')!.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '1.2%')!.judgement?.verdict).toBe('matches');
    // The arithmetic blames the move, not the first print it started from.
    expect(cs.find((c) => c.text === '$688.7 billion')!.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '$1.6 billion')!.judgement?.verdict).toBe('inconsistent');
  });
});

describe('release-lag-sure', () => {
  // Japan core CPI: January 2025 3.2% (out 2025-02-21), February 3.0% (out 2025-03-21).
  it('a print dated after the article by its release day was not out, though the earliest calendar day had passed', () => {
    expect(
      verdictOf("Japan's core inflation rate stands at 3.0%, the latest official reading.", '3.0%', '2025-03-19'),
    ).toBe('differs');
    expect(
      verdictOf("Japan's core inflation rate stands at 3.2%, the latest official reading.", '3.2%', '2025-03-19'),
    ).toBe('since-changed');
  });
});

describe('undated-revision-either (a month named)', () => {
  it('"rose $10.6 billion in November" measures from October as first printed, on the release day', () => {
    // U.K.: October 877.9 (2025-12-18), 875.4 in the table read 2026-05; November 888.5 (2026-01-15).
    const t = "Britain's holdings of Treasuries rose $10.6 billion in November to $888.5 billion.";
    expect(verdictOf(t, '$10.6 billion', '2026-01-15')).toBe('matches');
  });
});
