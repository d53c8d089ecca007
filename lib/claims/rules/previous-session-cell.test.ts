import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('previous-session-cell', () => {
  it('an undated yield under "Previous" is the session before the article\'s', () => {
    // MOF's 10-year JGB yield: 1.489% on 2025-05-15, 1.466% on 2025-05-16.
    const [c] = claimsOf(
      [{ context: 'Tokyo at a glance · Previous · 10-year JGB yield', text: '1.489%' }],
      '2025-05-16',
    );
    expect(c?.indicator?.id).toBe('jp.jgb_10y_yield');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.match?.reasons).toContain('period: the previous session');
  });

  it('a monthly release under "Previous" is not given a session', () => {
    const [c] = claimsOf([{ context: 'Tokyo at a glance · Previous · U.S. CPI y/y', text: '2.4%' }], '2025-05-16');
    expect(c?.period?.label).not.toBe('the previous session');
  });
});

describe('previous-decision-cell', () => {
  it('a policy rate under "Previous" on a decision day is the rate that decision replaced', () => {
    // The Bank of Canada cut from 2.50% to 2.25% on 2025-10-29.
    const [c] = claimsOf(
      [{ context: 'Decision day · Previous · Bank of Canada overnight rate', text: '2.50%' }],
      '2025-10-29',
    );
    expect(c?.indicator?.id).toBe('ca.boc_policy_rate');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
