import { describe, expect, it } from 'vitest';
import { claimsOf } from './test-engine';

describe('tight-day-and', () => {
  // S&P 500: +2.43% in the week to 2025-08-08, +8.63% in 2025 to that day.
  it('"taking its rise for the week to 2.4% and for 2025 to 8.6%": 2.4% is the week\'s', () => {
    const cs = claimsOf(
      'On Wall Street the S&P 500 closed Friday up 0.78% at 6,389.45, taking its rise for the week to 2.4% and for 2025 to 8.6%.',
      '2025-08-09',
    );
    expect(cs.find((c) => c.text === '2.4%')?.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '8.6%')?.judgement?.verdict).toBe('matches');
  });
});

describe('semicolon-month', () => {
  it('"keep their eyes on September; the 10-year ended at 4.47%" is the day\'s close, not last September\'s', () => {
    const c = claimsOf(
      "Bond traders see the Fed's 4.25%-4.50% range surviving next week's meeting and keep their eyes on September; the 10-year ended at 4.47%.",
      '2025-06-10',
    ).find((x) => x.text === '4.47%');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
