import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('gap-to-tenor', () => {
  it('"stayed above the 10-year all year, by about 35 basis points" is the gap, not a move', () => {
    const s = 'The 2-year yield has stayed above the 10-year all year, by about 35 basis points on Tuesday.';
    expect(idsOf(s, '2024-04-16')['35 basis points']).toBe('-');
  });
  it('a move "by 4 basis points" is still the yield\'s', () => {
    expect(idsOf('The 2-year yield rose by 4 basis points.', '2024-04-16')['4 basis points']).toBe('us.ust_2y_yield');
  });
});
