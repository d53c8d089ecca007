import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('both-moved', () => {
  it('"the two- and 10-year yields both moved 6 basis points" has no way of its own: only the clauses after it are marked', () => {
    const ids = idsOf(
      ['The U.S. 2-year and 10-year yields both moved 6 basis points on Friday, in opposite directions.'],
      '2025-06-06',
    );
    expect(ids['6 basis points']).toBe('-');
  });
});
