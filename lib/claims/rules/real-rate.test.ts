import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('real-rate: an inflation-adjusted rate is another measure', () => {
  it('"Japan\'s real policy rate" is not the BOJ rate', () => {
    expect(ruleOf("Japan's policy rate is 0.5%.", '0.5%').id).toBe('jp.boj_policy_rate');
    expect(ruleOf("Japan's real policy rate is deeply negative at -2.5%.", '-2.5%').id).toBe('-');
  });
});
