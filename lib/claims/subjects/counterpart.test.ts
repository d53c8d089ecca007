import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('counterpart: "its U.S. counterpart" is the same tenor’s yield for that country', () => {
  it('the counterpart’s move and "the latter" go to the U.S. 10-year, "the former" to the Bund', () => {
    const text =
      'The German 10-year yield added 3 basis points and its U.S. counterpart 5 basis points, the former to 2.84% and the latter to 4.28%.';
    const claims = claimsOf([text], '2025-09-02');
    const id = (t: string) => claims.find((c) => c.text === t)?.indicator?.id;
    expect(id('5 basis points')).toBe('us.ust_10y_yield');
    expect(id('2.84%')).toBe('de.bund_10y_yield');
    expect(id('4.28%')).toBe('us.ust_10y_yield');
  });
});
