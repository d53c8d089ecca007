import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { endsTheMove } from './level-after-move';

describe('level-after-move', () => {
  it('the level a dated move ended at is that day’s, not the article’s', () => {
    const cs = claimsOf(
      [
        'The Nikkei 225 finished Tuesday at 34,675.46.',
        'On Monday the index had sunk 4,451.28 points, or 12.4%, to 31,458.42.',
      ],
      '2024-08-06',
    );
    expect(cs.find((c) => c.text === '31,458.42')?.judgement?.verdict).toBe('matches');
  });

  it('reads "to" or "at" between a move and the level', () => {
    expect(endsTheMove(', to ')).toBe(true);
    expect(endsTheMove(' at ')).toBe(true);
    expect(endsTheMove(' and the S&P 500 rose ')).toBe(false);
  });
});
