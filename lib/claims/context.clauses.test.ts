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

describe('tight-day-and-noun', () => {
  // S&P 500: 5,870.62 on 2024-11-15, 5,969.34 on 2024-11-22 (+1.68%); +25.1% in 2024 to that day.
  it('"taking its gain for the week to 1.68% and its advance for 2024 to 25.1%": 1.68% is the week\'s', () => {
    const cs = claimsOf(
      'The S&P 500 added 20.63 points, or 0.35%, to 5,969.34, taking its gain for the week to 1.68% and its advance for 2024 to 25.1%.',
      '2024-11-22',
    );
    expect(cs.find((c) => c.text === '1.68%')?.judgement?.verdict).toBe('matches');
  });
});

describe('semicolon-after', () => {
  // Stored CPI: May 2025 2.4% (out 2025-06-11), June 2025 2.7% (out 2025-07-15).
  it('"May consumer prices rose 2.4% ...; the June figures are due on Tuesday" is May\'s reading', () => {
    const c = claimsOf(
      'May consumer prices rose 2.4% from a year earlier; the June figures are due on Tuesday at 8:30 a.m.',
      '2025-07-11',
    ).find((x) => x.text === '2.4%');
    expect(c?.period).toMatchObject({ type: 'point', period: '2025-05' });
    expect(c?.judgement?.verdict).toBe('matches');
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
