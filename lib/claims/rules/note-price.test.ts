import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('note-price', () => {
  it('"the 10-year note changed hands near 112.71, up 0.01%" is the note\'s price, not its yield', () => {
    const ids = idsOf(
      'The benchmark 10-year Treasury note changed hands near 112.71, up 0.01%, in quiet trade.',
      '2025-11-14',
    );
    expect(ids['0.01%']).toBe('-');
  });
  it('"the 10-year note rose 3 basis points to 4.12%" is the yield', () => {
    const ids = idsOf('The 10-year note rose 3 basis points to 4.12%.', '2025-11-14');
    expect(ids['4.12%']).toBe('us.ust_10y_yield');
  });
});
