import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { thatTimeDay } from './that-time';

describe('that-time', () => {
  // Stored S&P 500: 5,570.64 on 2024-08-22, 5,634.61 on 2024-08-23 (+1.15%); 2-year yield 3.90% on 2024-08-23.
  const blocks = [
    'Compare that with Aug. 23, 2024, the day Powell told the same audience that the time had come. The S&P 500 rose 1.15% to 5,634.61 that afternoon, and the two-year yield fell 9 basis points to 3.90%.',
  ];
  it('"that afternoon" is the day the sentence before named', () => {
    const claims = claimsOf(blocks, '2025-08-22');
    for (const t of ['1.15%', '5,634.61', '3.90%'])
      expect(claims.find((c) => c.text === t)?.judgement?.verdict, t).toBe('matches');
  });
  it('no day before, or no "that afternoon", gives none', () => {
    const t = 'Stocks rallied. The S&P 500 rose 1.15% that afternoon.';
    expect(thatTimeDay(t, t.indexOf('The'), t.length, '2025-08-22')).toBeNull();
    const u = 'On Aug. 23, 2024 Powell spoke. The S&P 500 rose 1.15%.';
    expect(thatTimeDay(u, u.indexOf('The'), u.length, '2025-08-22')).toBeNull();
  });
});
