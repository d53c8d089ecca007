import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import { isPotentialMove } from './potential-move';

describe('potential-move: a move someone could make is not judged', () => {
  it('reads the words before the figure', () => {
    expect(isPotentialMove("the central bank's potential to lower borrowing costs by ")).toBe(true);
    expect(isPotentialMove('leaving room for a cut of ')).toBe(true);
    expect(isPotentialMove('the Fed lowered borrowing costs by ')).toBe(false);
    // No move named, and the clause ends at the colon.
    expect(isPotentialMove('the bank has little room for error: core inflation reached ')).toBe(false);
    expect(isPotentialMove('gives officials room to wait: the jobless rate eased to ')).toBe(false);
  });

  it('"the potential to slash rates by 300 basis points" is not marked', () => {
    const text = 'The Fed’s potential to slash its policy rate by 300 basis points has split analysts.';
    const c = claimsOf([text], '2025-07-10').find((x) => x.text === '300 basis points');
    expect(c?.indicator ?? null).toBeNull();
  });

  it('a figure after "room to wait:" is still a claim', () => {
    const text = 'Steady hiring gives officials room to wait: the jobless rate eased to 4.1% in June.';
    const c = claimsOf([text], '2025-07-15').find((x) => x.text === '4.1%');
    expect(c?.indicator?.id).toBe('us.unemployment_rate');
  });
});

describe('potential-level', () => {
  it('"risks from potential 4.35% 10-year yield peaks": a level that may come, not one stated', () => {
    const s = 'Bonds face 2026 risks from heavier issuance and potential 4.35% 10-year yield peaks, strategists said.';
    expect(idsOf(s, '2026-01-08')['4.35%']).toBe('-');
  });
  it('the yield stated as it stands is still read', () => {
    expect(idsOf('The 10-year yield ended at 4.19%.', '2026-01-08')['4.19%']).toBe('us.ust_10y_yield');
  });
});
