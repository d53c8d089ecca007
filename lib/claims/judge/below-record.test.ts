import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { belowRecordAfter } from './below-record';

// Sunday 2026-03-15: bitcoin's latest stored close 72,953.27; its highest close 124,720.09 (October 2025).
describe('below-record', () => {
  it('"remains 41.5% below its record", no day named: the distance from the highest close matches', () => {
    const c = claimsOf(['Even after the bounce, bitcoin remains 41.5% below its record.'], '2026-03-15').find(
      (x) => x.text === '41.5%',
    )!;
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('a distance that fits no close stays a question, not red', () => {
    const c = claimsOf(['Even after the bounce, bitcoin remains 31.5% below its record.'], '2026-03-15').find(
      (x) => x.text === '31.5%',
    )!;
    expect(c.judgement?.verdict).toBe('check');
  });
  it('reads an undated record, not one with its day', () => {
    expect(belowRecordAfter(' below its record close of 24,611.25')).toBe(true);
    expect(belowRecordAfter(' below its record set on Jan. 29')).toBe(false);
  });
});
