import { describe, expect, it } from 'vitest';
import { claimsOf } from './test-engine';

describe('percent-points-move', () => {
  it('"the 10-year yield slipped 0.02% to 4.13%" is a move of two hundredths of a point, not a level', () => {
    const [move] = claimsOf(['Ten-year Treasury yields eased 0.02% to 4.13%.'], '2025-12-29');
    expect(move?.text).toBe('0.02%');
    expect(move?.value).toBe(-0.02);
    expect(move?.kind).toBe('change');
  });
  it('a policy rate beside a cut stays a level', () => {
    const cs = claimsOf(['The Bank of England cut Bank Rate to 3.75%.'], '2025-12-19');
    expect(cs.find((c) => c.text === '3.75%')?.value).toBe(3.75);
  });
});
