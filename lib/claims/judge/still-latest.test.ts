import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('still-latest', () => {
  const s = "September's 2.4% annual CPI rate is still the latest inflation reading.";
  it('a named month said to be the newest out is red once the next month is out (October CPI, out Nov. 13, 2024)', () => {
    const c = claimsOf([s], '2024-11-25').find((x) => x.text === '2.4%');
    expect(c?.judgement?.verdict).toBe('differs');
    expect(c?.judgement?.settledBy).toBe('stale-as-latest');
  });
  it('before the next month is out it stands', () => {
    expect(claimsOf([s], '2024-10-20').find((x) => x.text === '2.4%')?.judgement?.verdict).toBe('matches');
  });
  it('without "still the latest" a named month is only that month', () => {
    const t = "September's 2.4% annual CPI rate cooled from August.";
    expect(claimsOf([t], '2024-11-25').find((x) => x.text === '2.4%')?.judgement?.verdict).not.toBe('differs');
  });
});
