import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('weekend-week', () => {
  const cell = (v: string) => [{ context: 'Friday prices and weekly change · Week · Bitcoin (Coinbase)', text: v }];
  it("a Saturday recap's weekly bitcoin move, Friday to Friday, is a question, not red", () => {
    // Coinbase: 70,838.78 on Friday 2026-03-13, 70,560.99 on Friday 2026-03-20 (−0.39%).
    const [c] = claimsOf(cell('−0.4%'), '2026-03-21');
    expect(c?.judgement?.verdict).toBe('check');
  });
  it('a figure neither week agrees with is still red', () => {
    const [c] = claimsOf(cell('−3.0%'), '2026-03-21');
    expect(c?.judgement?.verdict).toBe('differs');
  });
});
