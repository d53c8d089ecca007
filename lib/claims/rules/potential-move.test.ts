import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isPotentialMove } from './potential-move';

describe('potential-move: a move someone could make is not judged', () => {
  it('reads the words before the figure', () => {
    expect(isPotentialMove("the central bank's potential to lower borrowing costs by ")).toBe(true);
    expect(isPotentialMove('leaving room for a cut of ')).toBe(true);
    expect(isPotentialMove('the Fed lowered borrowing costs by ')).toBe(false);
  });

  it('"the potential to slash rates by 300 basis points" is not marked', () => {
    const text = 'The Fed’s potential to slash its policy rate by 300 basis points has split analysts.';
    const c = claimsOf([text], '2025-07-10').find((x) => x.text === '300 basis points');
    expect(c?.indicator ?? null).toBeNull();
  });
});
