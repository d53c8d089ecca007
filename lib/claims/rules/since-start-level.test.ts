import { describe, expect, it } from 'vitest';
import { claimsOf, verdictOf } from '../test-engine';

describe('since-start-level', () => {
  // Stored USD/KRW noon rates: 1,477.86 on 2024-12-31, 1,371.75 on 2025-05-29 (−7.18%).
  it('"down 7.2% since the last noon fix of 2024, at 1,477.86": the level is the start\'s', () => {
    const cs = claimsOf(
      ['The dollar has shed 7.2% against the won since the last noon fix of 2024, at 1,477.86.'],
      '2025-05-29',
    );
    expect(cs.find((c) => c.text === '1,477.86')?.judgement?.verdict).toBe('matches');
  });
});

describe('when-it-stood', () => {
  // Stored gold (LBMA PM): 4,026.60 on 2026-07-31, 4,335.55 on 2026-08-07.
  it('"Measured against a week ago, when the auction price stood at $4,026.60, ...": the start\'s level', () => {
    const cs = claimsOf(
      ['Measured against a week ago, when the auction price stood at $4,026.60, gold is up $308.95.'],
      '2026-08-07',
    );
    expect(cs.find((c) => c.text === '$4,026.60')?.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '$308.95')?.judgement?.verdict).toBe('matches');
  });
});

describe('move-from-level, for-a-move', () => {
  // Stored LBMA silver: 53.91 on 2025-11-28, 57.565 on 2025-12-04, 58.105 on 2025-12-05.
  const s =
    "The London silver price was fixed at $58.105 an ounce on Friday, 54 cents, or 0.9%, above Thursday's level, for a weekly advance of 7.8% from $53.91.";
  it('for-a-move: ", for a weekly advance of 7.8%" is the same metal\'s week', () => {
    expect(verdictOf(s, '7.8%', '2025-12-05')).toBe('matches');
  });
  it("move-from-level: \"from $53.91\" after the week's move is the week's start, not the day's", () => {
    expect(verdictOf(s, '$53.91', '2025-12-05')).toBe('matches');
  });
});

describe('move-from-its-level', () => {
  // Stored WTI spot: 72.44 on 2024-12-31, 55.44 on 2025-12-16 (−23.47%).
  const s = 'WTI is down 23.5% from its year-end 2024 level of $72.44, a slide that deepened in the autumn.';
  it('"from its year-end 2024 level": the move runs from that year\'s last session', () => {
    expect(verdictOf(s, '23.5%', '2025-12-16')).toBe('matches');
  });
  it('"... level of $72.44" is the close on that first day, not the article\'s', () => {
    expect(verdictOf(s, '$72.44', '2025-12-16')).toBe('matches');
  });
  // Stored TOPIX: its last session of 2024 was Dec. 30 (2,784.92); Tokyo does not trade on Dec. 31.
  it("a market shut on the span's first day: the last session before it", () => {
    const t = 'The Topix is up 1.8% from its year-end close of 2,784.92.';
    expect(verdictOf(t, '2,784.92', '2025-08-22')).toBe('matches');
  });
});

describe('than-final-year-noun, than-its-level', () => {
  // Stored LBMA gold: 4,367.80 on 2025-12-30 (no auction on Dec. 31), 4,206.60 on 2026-08-05 (−3.69%).
  const s = 'Over a longer view, bullion is still 3.7% lower than its final 2025 benchmark of $4,367.80.';
  it('"3.7% lower than its final 2025 benchmark" runs from that year\'s last session', () => {
    expect(verdictOf(s, '3.7%', '2026-08-05')).toBe('matches');
  });
  it('"... benchmark of $4,367.80" is the level on that day', () => {
    expect(verdictOf(s, '$4,367.80', '2026-08-05')).toBe('matches');
  });
});
