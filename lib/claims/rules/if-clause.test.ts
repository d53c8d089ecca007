import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isIfClauseConsequence } from './if-clause';

describe('if-clause', () => {
  it('"If the Dow slips under 39,000, 38,500 is the next stop" judges no level of the day', () => {
    const c = claimsOf(
      'If the Dow slips under 39,000, 38,500 is the next stop.',
      '2024-05-23',
      '2024-05-23T21:35:00.000Z',
    );
    expect(c.find((x) => x.text === '38,500')?.judgement ?? null).toBeNull();
    expect(isIfClauseConsequence('If the Dow slips under 39,000, ', 0, 31)).toBe(true);
  });
  it('a figure in a sentence that only begins with a place or a time is still judged', () => {
    expect(isIfClauseConsequence('In late trading, ', 0, 17)).toBe(false);
    const c = claimsOf('The Dow fell 605.78 points to 39,065.26.', '2024-05-23', '2024-05-23T21:35:00.000Z');
    expect(c.find((x) => x.text === '39,065.26')?.judgement?.verdict).toBe('matches');
  });
});
