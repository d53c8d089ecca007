import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Stored ether: 4,472.99 on 2025-08-17 (Sunday), 4,779.18 on 2025-08-24 (Sunday): +6.85% over the week to Sunday.
describe('week-of-dated-level', () => {
  it('"closed Sunday at $4,779.18, up 6.8% on the week" on a Monday is the week to Sunday', () => {
    const s = 'Ether closed Sunday at $4,779.18, up 6.8% on the week.';
    const week = claimsOf([s], '2025-08-25').find((c) => c.text === '6.8%');
    expect(week?.period).toMatchObject({ type: 'span', to: '2025-08-24' });
    expect(week?.judgement?.verdict).toBe('matches');
  });
  it("a level of the article's own day leaves the week in progress", () => {
    const s = 'Ether traded at $4,377.69, up 6.8% on the week.';
    const week = claimsOf([s], '2025-08-25').find((c) => c.text === '6.8%');
    expect(week?.period).toMatchObject({ type: 'span', to: '2025-08-25' });
  });
});
