import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { whileParallel } from './while-parallel';

// Saturday 2026-04-25: the two-year yield 3.71% → 3.78% and the 10-year 4.26% → 4.31% over the week to Friday.
describe('while-parallel', () => {
  it('"rose seven basis points for the week to 3.78%, whereas the 10-year yield gained 5 basis points": the week\'s move', () => {
    const cs = claimsOf(
      [
        'Bonds sold off a little. The two-year yield rose seven basis points for the week to 3.78%, whereas the 10-year yield gained 5 basis points to 4.31%.',
      ],
      '2026-04-25',
    );
    const move = cs.find((c) => c.text === '5 basis points')!;
    expect(move.period?.type).toBe('span');
    expect(move.judgement?.verdict).toBe('matches');
  });
  it('a "while" clause with a move verb; not one with another verb', () => {
    expect(whileParallel(' for the week, while the 10-year yield added ')).toBe(true);
    expect(whileParallel(', while analysts said ')).toBe(false);
    expect(whileParallel(' and the Dow rose ')).toBe(false);
  });
});
