import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { levelEndsAMove, sharesPeriod } from './parallel-period';

describe('parallel-period', () => {
  it('"climbed 2.3% for the month, the Dow rose 2.5% and the Nasdaq added 4.7%": all three are the month\'s', () => {
    const cs = claimsOf(
      ['The S&P 500 gained 2.3% for the month, the Dow rose 2.5% and the Nasdaq added 4.7%.'],
      '2025-10-31',
    );
    for (const t of ['2.3%', '2.5%', '4.7%']) expect(cs.find((c) => c.text === t)!.period?.type).toBe('span');
    expect(cs.find((c) => c.text === '4.7%')!.judgement?.verdict).toBe('matches');
  });
  it('a clause of its own ("while", "after") or a non-move verb does not share it', () => {
    expect(sharesPeriod(' for the month, the Dow rose ')).toBe(true);
    expect(sharesPeriod(' for the month, while the Dow rose ')).toBe(false);
    expect(sharesPeriod(' for the month, the Dow was ')).toBe(false);
  });
});

describe('tenor-parallel', () => {
  // Stored 2-year yield: 4.26% on 2024-11-08, 4.34% on 2024-11-14, 4.31% on 2024-11-15 (+5 bp on the week).
  it('"the 10-year yield climbed 13 basis points on the week, and the two-year rose 5 basis points" shares the week', () => {
    const s =
      'Treasury yields pushed higher: the 10-year yield climbed 13 basis points on the week, and the two-year rose 5 basis points to 4.31%.';
    const two = claimsOf([s], '2024-11-15').find((c) => c.text === '5 basis points');
    expect(two?.period?.type).toBe('span');
    expect(two?.judgement?.verdict).toBe('matches');
    expect(sharesPeriod(' basis points on the week, and the two-year rose ')).toBe(true);
  });
});

describe('parallel-after-level', () => {
  it('"fell 4.63% in the first quarter to 6,528.52, and the Nasdaq Composite dropped 7.11%": the same quarter', () => {
    // Stored: Nasdaq Composite 23,241.99 on 2025-12-31, 21,590.63 on 2026-03-31 (-7.11%).
    const claims = claimsOf(
      [
        'The S&P 500 fell 4.63% in the first quarter to 6,528.52, and the Nasdaq Composite dropped 7.11% to 21,590.63 as investors priced higher rates.',
      ],
      '2026-04-23',
    );
    expect(claims.find((c) => c.text === '7.11%')?.judgement?.verdict).toBe('matches');
    expect(claims.find((c) => c.text === '21,590.63')?.judgement?.verdict).toBe('matches');
  });
  it('only a level a move ended at', () => {
    expect(levelEndsAMove('fell 4.63% in the first quarter to 6,528.52')).toBe(true);
    expect(levelEndsAMove('The S&P 500 closed at 6,528.52')).toBe(false);
  });
});
