import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('quarter-move', () => {
  it('"China\'s economy expanded 1.3%" with no annual words is not held against the annual rate', () => {
    const ids = idsOf(
      ["China's economy expanded 1.3% in the fourth quarter of 2025, after 1.0% in the third."],
      '2026-01-20',
    );
    expect(ids['1.3%']).toBe('-');
    expect(idsOf(["China's economy expanded 4.5% in the fourth quarter of 2025."], '2026-01-20')['4.5%']).toBe(
      'cn.gdp_growth_yoy',
    );
  });
});
