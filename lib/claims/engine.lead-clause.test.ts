import { describe, expect, it } from 'vitest';
import { idsOf, ruleOf } from './test-engine';

describe('lead-clause-subject', () => {
  // Stored FTSE 100, 2025-08-20: 9,288.1, up 98.9 points.
  const lead =
    "LONDON, Aug 20 (Wirehouse) - Britain's FTSE 100 ended at a fresh peak on Wednesday, as buyers favoured drugmakers and utilities and shrugged off a hotter UK inflation print.";
  it("a long paragraph without figures lends the next its opening clause's subject", () => {
    expect(ruleOf([lead, 'The blue-chip index rose 98.9 points to 9,288.1.'], '9,288.1', '2025-08-20').id).toBe(
      'idx.ftse100',
    );
  });
  it('only its opening clause: a name later in the paragraph is not lent', () => {
    const late =
      "Buyers favoured drugmakers and utilities on Wednesday, while Britain's FTSE 100 drew most of the flows from abroad.";
    expect(ruleOf([late, 'The blue-chip index rose 98.9 points to 9,288.1.'], '9,288.1', '2025-08-20').id).toBe('-');
  });
});

describe('lead-clause-reach', () => {
  it("a long opening sentence without a comma, up to 200 characters, is still the paragraph's lead clause", () => {
    const title = 'Japan’s 10-year yield at a ten-year peak on BOJ bets';
    const lead =
      'Japan’s benchmark government bond yield reached its highest level since 2013 on wagers that the Bank of Japan intends to keep raising rates and lend support to a sagging yen.';
    const figure = 'The yield on 10-year government paper gained 2.5 basis points to 0.975% on Monday.';
    expect(idsOf([title, lead, figure], '2024-05-20')['0.975%']).not.toBe('us.ust_10y_yield');
  });
});
