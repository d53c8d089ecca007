import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isRunningTotal } from './running-total';

describe('running-total', () => {
  it('a move after "leaving it up 15.3% this year" does not share the running total\'s year', () => {
    const t =
      'On Tuesday the FTSE 100 rose 32.4 points to 9,427.0, leaving it up 15.3% this year through that close, and the DAX added 0.29%.';
    const dax = claimsOf(t, '2025-10-22', '2025-10-22T11:38:00Z').find((c) => c.text === '0.29%');
    expect(dax?.period).toBeNull();
    expect(isRunningTotal(t, 0, t.indexOf('15.3%') + 5)).toBe(true);
  });
  it('parallel clauses without a result clause still share the period (parallel-period)', () => {
    const t = 'The S&P 500 climbed 2.3% for the month, the Dow rose 2.5% and the Nasdaq added 4.7%.';
    expect(isRunningTotal(t, 0, t.indexOf('2.3%') + 4)).toBe(false);
    const dow = claimsOf(t, '2025-10-31').find((c) => c.text === '2.5%');
    expect(dow?.period?.label).toBe('this month');
  });
});
