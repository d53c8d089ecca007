import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('other-partners-row', () => {
  const cell = (row: string) => [{ text: '10%', context: `U.S. tariffs on Japanese goods in force · Rate · ${row}` }];
  it("a tariff table's baseline row for other partners is not the caption's country's tariff", () => {
    expect(claimsOf(cell('Baseline for most other partners'), '2025-12-17')[0]?.indicator?.id).not.toBe(
      'us.tariff_japan_reciprocal',
    );
  });
  it("the country's own row still is", () => {
    expect(claimsOf(cell('Most Japanese goods'), '2025-12-17')[0]?.indicator?.id).toBe('us.tariff_japan_reciprocal');
  });
});
