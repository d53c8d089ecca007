import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';

describe('appositive-owner: a name inside an aside describing the subject is not the subject', () => {
  it('"The core rate, the number most watched by the Federal Reserve, rose to 3.3%" is no Fed rate', () => {
    const text =
      'The core inflation rate, the more important number to the Federal Reserve, quickened to 3.3% from 3.2%.';
    const c = claimsOf([text], '2024-10-10').find((x) => x.text === '3.3%');
    expect(c?.indicator?.id ?? null).not.toBe('us.fed_funds_target_upper');
  });
  it('the bank named as the subject itself is kept', () => {
    const text = 'The Federal Reserve, the most watched central bank, held its target range at 4.25%-4.50%.';
    expect(claimsOf([text], '2025-06-18').find((x) => x.text === '4.25%-4.50%')?.indicator?.id).toBe(
      'us.fed_funds_target_upper',
    );
  });
});

describe('aside-noun-after', () => {
  it('"Two-year notes, the tenor most tied to Fed policy bets, yielded 3.98%": the notes, not the Fed', () => {
    const ids = idsOf(
      ['Two-year notes, the tenor most tied to Federal Reserve policy bets, yielded 3.98%.'],
      '2026-05-14',
    );
    expect(ids['3.98%']).toBe('us.ust_2y_yield');
  });
});
