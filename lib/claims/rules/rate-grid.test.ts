import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { onGrid } from '../dataset-view';

describe('rate-grid', () => {
  it('"It had leapt 12 basis points to 4.17%" after a word on the Fed is no Fed rate: set rates move by quarter points', () => {
    const blocks = [
      'The Fed has held its range at 3.50%-3.75% since December.',
      'It had leapt 12 basis points to 4.17% on Friday after the jobs report.',
    ];
    const ids = idsOf(blocks, '2026-06-09');
    expect(ids['12 basis points']).not.toBe('us.fed_funds_target_upper');
    expect(ids['4.17%']).not.toBe('us.fed_funds_target_upper');
    // A figure on the grid is still the Fed's.
    expect(ids['3.50%-3.75%']).toBe('us.fed_funds_target_upper');
  });
  it('onGrid: 3.45 is on a twentieth-point grid, not on a quarter-point one', () => {
    expect(onGrid(3.45, 0.05)).toBe(true);
    expect(onGrid(3.45, 0.25)).toBe(false);
    expect(onGrid(-0.1, 0.05)).toBe(true);
  });
});
