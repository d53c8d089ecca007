import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('market-average-move', () => {
  it('a market move within a month is not judged red against monthly averages', () => {
    // Only monthly averages of the S&P 500 are bundled for 2020; their change says nothing of a crash inside a month.
    expect(
      verdictOf(
        'By summer the S&P 500 had clawed back nearly all of a 34% fall that ran from late February into March.',
        '34%',
        '2020-08-13',
      ),
    ).toBe('check');
  });

  it('where daily closes are stored, a month is judged between its closes', () => {
    // Stored closes: 2025-02-28 5,954.50 and 2025-03-31 5,611.85, a fall of 5.75%.
    expect(verdictOf('The S&P 500 lost 5.8% over March.', '5.8%', '2025-04-02')).toBe('matches');
    expect(verdictOf('The S&P 500 lost 2.8% over March.', '2.8%', '2025-04-02')).toBe('differs');
  });
});
