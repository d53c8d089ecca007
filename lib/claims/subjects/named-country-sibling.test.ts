import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("named-country-sibling: another country's alias words, in a sentence naming one holder, are that holder's", () => {
  it('"Japan lifted its stockpile of U.S. government debt by $39.8 billion" is Japan\'s, not China\'s', () => {
    const ids = idsOf(
      'Japan: Japan lifted its stockpile of U.S. government debt by $39.8 billion in January.',
      '2026-03-20',
    );
    expect(ids['$39.8 billion']).toBe('jp.ust_holdings');
  });

  it('a country named only after the figure ("... citing Washington\'s trade policy") changes nothing', () => {
    const ids = idsOf(
      "The Bank of Japan's short-term policy rate rose to 0.5 percent in January, the bank said, citing Washington's trade policy.",
      '2025-05-02',
    );
    expect(ids['0.5 percent']).toBe('jp.boj_policy_rate');
  });
});
