import { describe, expect, it } from 'vitest';
import { scoreSlips, slipsPass, sumSlipScores, type Labels } from './score';
import type { ScanClaim, ScanResult } from './page';

// A slip is caught when its claim is marked 'inconsistent'; a claim labelled true so marked is a false flag.

const claim = (text: string, verdict: ScanClaim['verdict']): ScanClaim => ({
  text,
  sentence: `The S&P 500 closed at ${text}.`,
  value: 1,
  unit: 'points',
  indicator: 'idx.sp500',
  period: null,
  verdict,
  reference: null,
  current: null,
  source: null,
  confidence: null,
  reasons: [],
  checks: [],
});
const labels = (claims: Labels['claims']): Labels => ({
  file: 'p.html',
  published: '2025-05-23',
  claims,
  non_claims: [],
});
const label = (text: string, extra: Record<string, string>) => ({
  text,
  anchor: 'closed at',
  value: 1,
  unit: 'points',
  indicator: 'idx.sp500',
  ...extra,
});
const result = (claims: ScanClaim[]): ScanResult => ({
  source: 'p.html',
  published: '2025-05-23',
  dataset: { version: '1', snapshot: '2025-06-01' },
  claims,
});

describe('scoreSlips', () => {
  it('counts slips caught and correct figures flagged', () => {
    const s = scoreSlips(
      labels([
        label('6,860.92', { truth: 'false', slip: 'level-change' }),
        label('6,850.92', { truth: 'true' }),
        label('6,805.92', { truth: 'false', slip: 'one-value' }),
      ]),
      result([claim('6,860.92', 'inconsistent'), claim('6,850.92', 'inconsistent'), claim('6,805.92', 'differs')]),
    );
    expect([s.slips, s.caught, s.falseFlags]).toEqual([2, 1, 1]);
  });

  it('passes at 90% of slips caught with no false flag, and not otherwise', () => {
    const base = { slips: 10, caught: 9, falseFlags: 0, unconfirmed: 3, problems: [] };
    expect(slipsPass(base)).toBe(true);
    expect(slipsPass({ ...base, caught: 8 })).toBe(false);
    expect(slipsPass({ ...base, falseFlags: 1 })).toBe(false);
    expect(sumSlipScores([base, base])).toMatchObject({ slips: 20, caught: 18, falseFlags: 0, unconfirmed: 6 });
  });
});
