import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('yield-relative-move', () => {
  it('"yields jumped 1.8 percent to 2.38 percent": the percent move is the yield\'s relative change, not claimed', () => {
    const claims = claimsOf('German ten-year Bund yields jumped 1.8 percent on Tuesday to 2.38 percent.', '2025-06-25');
    expect(claims.find((c) => c.text.startsWith('1.8'))?.indicator).toBeFalsy();
    expect(claims.find((c) => c.text.startsWith('2.38'))?.indicator?.id).toBe('de.bund_10y_yield');
  });
  it('a level after "closed at" in a sentence with a move verb is still the yield', () => {
    const s = 'Treasury yields fell this week, and on Friday the 10-year Treasury yield closed at 3.97%.';
    expect(claimsOf(s, '2026-02-27').find((c) => c.text === '3.97%')?.indicator?.id).toBe('us.ust_10y_yield');
  });
});
