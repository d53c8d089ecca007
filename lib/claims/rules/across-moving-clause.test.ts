import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('across-moving-clause', () => {
  it('"the single currency eased 0.21% after German factory orders dropped 1.7%": 1.7% is not the euro\'s', () => {
    const ids = idsOf(
      'The single currency eased 0.21% after German factory orders dropped 1.7% in July.',
      '2025-09-09',
    );
    expect(ids['1.7%']).toBe('-');
  });
  it('a chain of one subject\'s figures with no such clause is kept: "fell 274.45 points, or 4.84%, to 5,396.52"', () => {
    const ids = idsOf('The S&P 500 fell 274.45 points, or 4.84%, to 5,396.52.', '2025-04-03');
    expect(ids['5,396.52']).toBe('idx.sp500');
  });
});
