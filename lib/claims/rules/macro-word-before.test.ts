import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('macro-word-before', () => {
  it('"the jobless rate climbs to 5.2%, firming bets on a Bank Rate cut": not Bank Rate', () => {
    const cs = claimsOf(
      ['London shares closed at a record as the jobless rate climbed to 5.2%, firming bets on a Bank Rate cut.'],
      '2026-02-17',
    );
    expect(cs.find((c) => c.text === '5.2%')?.indicator ?? null).toBeNull();
  });
  it('"regular pay ... rose 3.4%" after a sentence on the FTSE 100 is not the index', () => {
    const cs = claimsOf(
      ['The FTSE 100 added 0.8% to a record.', 'Private-sector regular pay, the gauge policymakers watch, rose 3.4%.'],
      '2026-02-17',
    );
    expect(cs.find((c) => c.text === '3.4%')?.indicator ?? null).toBeNull();
  });
  it('keeps a rate named right after its figure', () => {
    const cs = claimsOf(['With wage growth firm, the BOJ delivered a 0.25% rate hike in July.'], '2024-08-01');
    expect(cs.find((c) => c.text === '0.25%')?.indicator?.id).toBe('jp.boj_policy_rate');
  });
});
