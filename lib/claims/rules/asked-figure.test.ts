import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('asked-figure: a figure that ends a question is asked about, not stated', () => {
  it('"FTSE 100 at 11,000?" and "Can sterling get back to $1.40?" are not marked', () => {
    expect(idsOf('Related: FTSE 100 at 11,000?', '2026-02-20')['11,000']).toBe('-');
    expect(idsOf('Can sterling get back to $1.40?', '2026-02-20')['$1.40']).toBe('-');
  });

  it('the answer beside the question still is', () => {
    expect(idsOf('Where did the FTSE 100 close? It closed at 10,686.90.', '2026-02-20')['10,686.90']).toBe(
      'idx.ftse100',
    );
  });
});
