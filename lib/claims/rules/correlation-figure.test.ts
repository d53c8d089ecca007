import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isCorrelation } from './correlation-figure';

describe('correlation-figure', () => {
  it('a coefficient said of the dollar-yen pair is not a quote of the pair', () => {
    const ids = idsOf(
      'Rate-cut bets and USD/JPY now move together, their correlation reaching -0.82 this month.',
      '2025-09-15',
    );
    expect(ids['-0.82']).toBe('-');
  });
  it('only a figure no bigger than one', () => {
    expect(isCorrelation(0.9, 'its correlation with gold stood at ')).toBe(true);
    expect(isCorrelation(147.5, 'the correlation held as the pair rose to ')).toBe(false);
  });
});
