import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("goal-named: a bank's price goal is no rate and no print", () => {
  it('"its price goal is 2%" after the BOJ\'s rate is not marked as the rate', () => {
    const ids = idsOf("The Bank of Japan's short-term rate is 0.25%, and its price goal is 2%.", '2025-03-31');
    expect(ids['2%'] ?? '-').toBe('-');
    expect(ids['0.25%']).toBe('jp.boj_policy_rate');
  });
});
