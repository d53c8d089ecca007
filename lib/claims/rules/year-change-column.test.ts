import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('year-change-column', () => {
  it('"Final closes of 2025 · 2025 change · KOSPI (Dec. 30) · +75.6%" is the year\'s move, not Dec. 30\'s', () => {
    const [c] = claimsOf(
      [{ text: '+75.6%', context: 'Final closes of 2025 · 2025 change · KOSPI (Dec. 30)' }],
      '2026-01-02',
    );
    expect(c?.period).toEqual(expect.objectContaining({ type: 'point', period: '2025' }));
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('the row\'s day still dates its close in the "Close" column', () => {
    const [c] = claimsOf(
      [{ text: '4,214.17', context: 'Final closes of 2025 · Close · KOSPI (Dec. 30)' }],
      '2026-01-02',
    );
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('year-change-column in prose', () => {
  it('"taking Seoul\'s 2025 gain to 29.4%" does not date the day\'s move before it', () => {
    const c = claimsOf(
      "The KOSPI surged 89.17 points to its highest close of the year, taking Seoul's 2025 gain to 29.4%.",
      '2025-06-24',
      '2025-06-24T20:40:00.000Z',
    ).find((x) => x.text === '89.17 points');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('change-in-year', () => {
  it('"2025 scorecard · Change in 2025 · KOSPI (30 Dec) · +75.63%" is the year\'s move too', () => {
    const [c] = claimsOf(
      [{ text: '+75.63%', context: '2025 scorecard · Change in 2025 · KOSPI (30 Dec)' }],
      '2026-01-05',
    );
    expect(c?.period).toEqual(expect.objectContaining({ type: 'point', period: '2025' }));
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
