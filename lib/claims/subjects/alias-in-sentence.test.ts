import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';
import * as W from '../rules/weights';

describe('alias-in-sentence: the aliases a sentence names, scored by nearness', () => {
  it('nearness outweighs length: each figure goes to the name beside it', () => {
    const text = 'The S&P 500 slipped 0.1%, while the 10-year Treasury yield edged up to 4.12%.';
    expect(ruleOf(text, '0.1%')).toEqual({ id: 'idx.sp500', rule: 'alias-in-sentence' });
    expect(ruleOf(text, '4.12%').id).toBe('us.ust_10y_yield');
  });

  it('weights are named and ordered as the rules assume', () => {
    // A word of distance before the figure costs less than one after it: subjects usually come first.
    expect(W.BEFORE_PER_WORD).toBeLessThan(W.AFTER_PER_WORD);
    expect(W.BEFORE_MAX).toBeLessThan(W.BEFORE_MAX_CARRIED);
    expect(W.MIN_SCORE).toBeGreaterThan(0);
  });
});
