import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('glossary-entry', () => {
  it("a definition's example figures are no bank's rate", () => {
    const blocks = [
      'The Federal Reserve lowered its target range by a quarter point to 4.25%–4.50% on Wednesday.',
      'Wall Street fell: the S&P 500 lost 2.9% and the Dow 2.6%; the 10-year Treasury yield rose to 4.52%.',
      {
        text: 'A hundredth of a percentage point. A rate that moves from 2.00% to 2.25% has risen 25 basis points.',
        context: 'Glossary · Basis point',
      },
    ];
    const marked = claimsOf(blocks, '2024-12-21').filter((c) => c.indicator && /2\.00%|2\.25%|25 basis/.test(c.text));
    expect(marked).toEqual([]);
  });
});
