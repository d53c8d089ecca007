import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Core PCE for April 2025: first published as 2.5 on 2025-05-30 (facts.csv); the monthly copy read later holds 2.6.
const judged = (date: string, s = 'Core PCE inflation was 2.6% in April.') => claimsOf([s], date)[0]?.judgement;

describe('later-edition-revision and coarse-revision-matched', () => {
  it('the revised 2.6 quoted three months on is a question, not red, and the card shows the revision', () => {
    const j = judged('2025-08-29');
    expect(j?.verdict).toBe('check');
    expect(j?.revision?.value).toBe(2.6);
  });
  it('the same 2.6 the day after the first print is red: no revision could have been out', () => {
    expect(judged('2025-06-01')?.verdict).toBe('differs');
  });
  it('the first print still agrees', () => {
    expect(judged('2025-06-01', 'Core PCE inflation was 2.5% in April.')?.verdict).toBe('matches');
  });
});
