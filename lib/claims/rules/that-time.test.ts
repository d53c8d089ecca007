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
  // Stored ECB deposit rate: 3.75% to 2024-09-17, 3.50% from 2024-09-18, 3.25% from 2024-10-23.
  it('that-week: "the same week" is the week of the day named before', () => {
    const para = [
      'The Federal Open Market Committee cut by 50 basis points on Sept. 18. The European Central Bank cut its deposit rate to 3.50% the same week.',
    ];
    const claim = claimsOf(para, '2024-10-24').find((c) => c.text === '3.50%');
    expect(claim?.judgement?.verdict).toBe('matches');
    const t = para[0]!;
    expect(thatTimeDay(t, t.indexOf('The European'), t.length, '2024-10-24')).toMatchObject({
      from: '2024-09-13',
      to: '2024-09-20',
    });
  });
  it('that-week: with no day before, the rate is read as of the article', () => {
    const claim = claimsOf(
      ['Markets were calm. The European Central Bank cut its deposit rate to 3.50% the same week.'],
      '2024-10-24',
    ).find((c) => c.text === '3.50%');
    expect(claim?.judgement?.verdict).not.toBe('matches');
  });
});
