import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('week-in-progress', () => {
  // Stored EUR/USD (New York noon): 1.1627 on 2025-07-18, 1.1701 on 2025-07-25 (+0.64%).
  it('"on track to post its first weekly gain": written before the week closed, a gap is a question', () => {
    const s =
      "Over the course of the week — due to end with Friday's close — the euro is up approximately 0.95% against the dollar, on track to post its first weekly gain in three weeks.";
    const c = claimsOf([s], '2025-07-25').find((x) => x.text === '0.95%');
    expect(c?.judgement?.verdict).toBe('check');
    expect(c?.judgement?.explanation).toMatch(/still under way/);
  });
});
