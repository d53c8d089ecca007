import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('tenor-row', () => {
  // Stored H.15, 2025-09-25: 2-year 3.64% (+7 bp), 10-year 4.18% (+2 bp).
  const table = (caption: string) => [
    {
      text: `${caption} · Yield · 2-year · +7 bp · 3.64%`,
      context: `${caption} · Yield · 2-year · +7 bp`,
    },
  ];
  it('a "2-year" row under a Treasury-yields caption is the 2-year Treasury yield', () => {
    const cs = claimsOf(table('Treasury yields at the close'), '2025-09-25');
    expect(cs.find((c) => c.text === '3.64%')?.indicator?.id).toBe('us.ust_2y_yield');
  });
  it('no tenor row without a caption about Treasury yields', () => {
    const cs = claimsOf(table('Mortgage rates this week'), '2025-09-25');
    expect(cs.find((c) => c.text === '3.64%')?.indicator ?? null).toBeNull();
  });
});
