import { describe, expect, it } from 'vitest';
import { ruleOf } from './test-engine';

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
