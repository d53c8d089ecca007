import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { sharesPeriod } from './parallel-period';

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
