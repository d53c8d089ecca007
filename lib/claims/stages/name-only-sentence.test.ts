import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('name-only-sentence: a sentence whose only figure is inside a name is a label', () => {
  it('"S&P 500. The benchmark gave up 24.80 points" carries the label to "the benchmark"', () => {
    const ids = idsOf('S&P 500. The benchmark gave up 24.80 points, or 0.40%, to finish at 6,243.76.', '2025-07-15');
    expect(ids['24.80 points']).toBe('idx.sp500');
    expect(ids['6,243.76']).toBe('idx.sp500');
  });
  it('without the label the same sentence has no subject', () => {
    const ids = idsOf('Stocks. The benchmark gave up 24.80 points, or 0.40%, to finish at 6,243.76.', '2025-07-15');
    expect(ids['24.80 points']).toBe('-');
  });
});
