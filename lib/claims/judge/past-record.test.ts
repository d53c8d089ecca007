import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { pastRecordBefore } from './past-record';

// 2025-05-08: bitcoin closed near $103,000; its record (about $109,000 intraday in January) was months old.
describe('past-record', () => {
  it('"Traders now eye Bitcoin\'s previous all-time high of about $109,000" is an earlier record, never red against the day', () => {
    const c = claimsOf(["Traders now eye Bitcoin's previous all-time high of about $109,000."], '2025-05-08').find(
      (x) => x.text === '$109,000',
    )!;
    expect(c.indicator?.id).toBe('crypto.btc_usd');
    expect(c.judgement?.verdict).toBe('check');
  });
  it('reads "previous record of", "Bitcoin\'s all-time high of", not "a record of"', () => {
    expect(pastRecordBefore('below the previous record of ')).toBe(true);
    expect(pastRecordBefore("Bitcoin's all-time high of about $")).toBe(true);
    expect(pastRecordBefore('climbed to a record of ')).toBe(false);
  });
  it('recent-peak: "slid 5% from a recent peak of" names an earlier high, not the day\'s level', () => {
    expect(pastRecordBefore('slid 5% from a recent peak of $')).toBe(true);
    expect(pastRecordBefore('slid 5% to a peak of $')).toBe(false);
  });
});

describe('dated-record', () => {
  it('"finally beat its Dec. 6 closing high of 6,090.27 on Thursday" is not Thursday\'s close', () => {
    // S&P 500: 2024-12-06 close 6,090.27; 2025-01-23 close 6,118.71.
    const cs = claimsOf(
      ['The S&P 500 finally beat its Dec. 6 closing high of 6,090.27 on Thursday, ending at 6,118.71.'],
      '2025-01-25',
    );
    expect(cs.find((c) => c.text === '6,090.27')!.judgement?.verdict).not.toBe('differs');
    expect(cs.find((c) => c.text === '6,118.71')!.judgement?.verdict).toBe('matches');
  });
});

describe('month-record', () => {
  it('"61% below its August 2025 record close of $4,830" is a record of a day in August, not the month\'s last close', () => {
    const t = 'Ether fell to $1,890. Even so, ether trades 61% below its August 2025 record close of $4,830.';
    expect(claimsOf(t, '2026-07-14').find((c) => c.text === '$4,830')?.judgement?.verdict).not.toBe('differs');
  });
});
