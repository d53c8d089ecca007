import { describe, expect, it } from 'vitest';
import {
  DISTANCE_WEIGHT,
  FREE_DISTANCE,
  NO_PERIOD_PENALTY,
  PAGE_COUNTRY_PENALTY,
  RULE_CONFIDENCE,
  matchRecord,
} from './match-record';
import type { ClaimContext } from './types';

const withPeriod: ClaimContext = {
  period: { type: 'point', period: '2025-03', label: 'March' },
  direction: null,
  kind: 'level',
  hypothetical: false,
};
const noPeriod: ClaimContext = { ...withPeriod, period: null };
const found = {
  catalogueAlias: "Japan's Treasury holdings",
  rule: 'alias-in-sentence' as const,
  distance: 2,
  score: 4,
};

describe('match record', () => {
  it('rule weights: a subject in the sentence is surer than one carried from earlier text', () => {
    const here = matchRecord(found, withPeriod, 0);
    const earlier = matchRecord({ ...found, rule: 'earlier-subject' }, withPeriod, 0);
    expect(here).toMatchObject({
      rule: 'alias-in-sentence',
      scope: 'sentence',
      confidence: RULE_CONFIDENCE['alias-in-sentence'],
    });
    expect(earlier).toMatchObject({ scope: 'discourse', confidence: RULE_CONFIDENCE['earlier-subject'] });
    expect(earlier.reasons).toContain('subject carried from an earlier sentence');
  });
  it('table-header: an alias among a cell’s header words is the table’s subject', () => {
    expect(matchRecord({ ...found, at: 1 }, withPeriod, 3)).toMatchObject({ rule: 'table-header', scope: 'discourse' });
  });
  it('distance: words beyond the free few cost confidence, with a reason', () => {
    const far = matchRecord({ ...found, distance: FREE_DISTANCE + 10 }, withPeriod, 0);
    expect(far.confidence).toBeCloseTo(RULE_CONFIDENCE['alias-in-sentence'] - 10 * DISTANCE_WEIGHT, 2);
    expect(far.reasons.some((r) => /words between/.test(r))).toBe(true);
  });
  it('period-inferred and page-country: each lowers confidence and says so', () => {
    const r = matchRecord({ ...found, impliedByPage: true }, noPeriod, 0);
    expect(r.confidence).toBeCloseTo(
      RULE_CONFIDENCE['alias-in-sentence'] - NO_PERIOD_PENALTY - PAGE_COUNTRY_PENALTY,
      2,
    );
    expect(r.reasons).toEqual(
      expect.arrayContaining(['country taken from the page', 'no period stated: read as of the article’s date']),
    );
  });
});
