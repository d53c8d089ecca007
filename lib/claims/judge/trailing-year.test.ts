import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { trailingYearStart } from './trailing-year';

describe('trailing-year', () => {
  // 10-year JGB yield (data/series): 0.781 on 2024-08-05, 1.487 on 2025-08-05 (+70.6 bp); year to date +37.6 bp.
  it('"has climbed about 71 basis points over the year" on the anniversary is the twelve months\' move, not red', () => {
    const c = claimsOf(
      'The 10-year JGB yield has climbed about 71 basis points over the year, to 1.487%.',
      '2025-08-05',
    ).find((x) => x.text === '71 basis points');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.judgement?.explanation).toContain('2024-08-05');
  });
  it('a move neither reading agrees with is still red', () => {
    const c = claimsOf(
      'The 10-year JGB yield has climbed about 20 basis points over the year, to 1.487%.',
      '2025-08-05',
    ).find((x) => x.text === '20 basis points');
    expect(c?.judgement?.verdict).toBe('differs');
  });
  it('only for "over the year", and 29 February falls to the 28th', () => {
    expect(trailingYearStart({ type: 'span', from: '2023-12-29', to: '2024-02-29', label: 'over the year' })).toBe(
      '2023-02-28',
    );
    expect(trailingYearStart({ type: 'span', from: '2023-12-29', to: '2024-02-29', label: 'year-to-date' })).toBeNull();
  });
});
