import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { digitSlip } from './transposition';

describe("digit-slip: a long undated move that is the session's with one digit wrong", () => {
  it('"the Dow slipped 54.14 points" on a day it fell 44.14 is a slip of that move, red', () => {
    const j = claimsOf('The Dow Jones Industrial Average slipped 54.14 points to 42,171.66.', '2025-06-18').find(
      (c) => c.text === '54.14 points',
    )?.judgement;
    expect(j?.verdict).toBe('differs');
  });

  it('one place wrong or two places swapped across a figure of four digits or more; nothing shorter', () => {
    expect(digitSlip(-54.14, -44.14, 0.01)).toBe(true);
    expect(digitSlip(443.11, 344.11, 0.01)).toBe(true);
    expect(digitSlip(-3578.74, -3875.74, 0.01)).toBe(true);
    expect(digitSlip(-3578.74, -3875.47, 0.01)).toBe(false);
    expect(digitSlip(1.25, 1.35, 0.01)).toBe(false);
    expect(digitSlip(-54.14, 44.14, 0.01)).toBe(false);
  });
});
