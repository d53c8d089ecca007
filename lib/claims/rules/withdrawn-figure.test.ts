import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('withdrawn-figure: the figure a correction withdraws is not marked', () => {
  it('"an earlier version of this post overstated the S&P 500\'s opening gain as 1.9%" is not the index\'s move', () => {
    const ids = idsOf(
      "Correction: an earlier version of this post overstated the S&P 500's opening gain as 1.9%.",
      '2024-02-22',
    );
    expect(ids['1.9%']).toBe('-');
  });

  it('the corrected figure beside it is still read', () => {
    const ids = idsOf(
      'The S&P 500 opened 1.2% higher, not 1.9% as an earlier version of this post said.',
      '2024-02-22',
    );
    expect(ids['1.2%']).toBe('idx.sp500');
  });
});
