import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('level-size-recent', () => {
  // Stored Nikkei 225: 31,136.58 on 2025-04-07, 34,609.00 on 2025-04-10 (+11.15%); TOPIX near 2,500.
  it('a carried level too big for the TOPIX named last is the Nikkei named before it, and "the benchmark" follows', () => {
    const ids = idsOf(
      [
        "The Nikkei 225 jumped 9.13% to 34,609.00. The broader TOPIX rose 8.09% to 2,539.40. Measured from Monday's close of 31,136.58, the benchmark has recovered 11.2% in three sessions.",
      ],
      '2025-04-10',
    );
    expect(ids['31,136.58']).toBe('idx.nikkei225');
    expect(ids['11.2%']).toBe('idx.nikkei225');
  });
  it("a level far from any recent subject's size stays unmatched", () => {
    const ids = idsOf(
      ['The Dow gained 0.5% to 42,801.72 and the S&P 500 rose 0.6% to 5,770.20.', 'Yes. It was lowered to 125,000.'],
      '2025-03-07',
    );
    expect(ids['125,000']).toBe('-');
  });
});
