import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('crossing-reading: the level after a first crossing keeps the crossing subject', () => {
  it('the name far before: "The KOSPI first closed above 4,500 on January 6, ending that session at 4,552.48"', () => {
    const r = ruleOf(
      'The KOSPI first closed above 4,500 on January 6, ending that session at 4,552.48, with chipmakers in the lead.',
      '4,552.48',
    );
    expect(r).toEqual({ id: 'idx.kospi', rule: 'same-subject-chain' });
  });

  it('the subject of an earlier sentence: "It closed below 7 per dollar for the first time ..., at 6.9866"', () => {
    const r = ruleOf(
      'The yuan has outperformed its neighbours this month. It ended below 7 per dollar for the first time since 2023 on Jan. 5, at 6.9866.',
      '6.9866',
      '2026-01-16',
    );
    expect(r.id).toBe('fx.usdcny');
  });
});
