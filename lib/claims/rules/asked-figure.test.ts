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

describe('headed-question', () => {
  it('"Nikkei 40,000: what would it take?" and "Euro at $1.10: the bear case ...?" head a question', () => {
    expect(idsOf('More from the AI Desk Nikkei 40,000: what would it take?', '2024-10-18')['40,000']).toBe('-');
    expect(idsOf('Euro at $1.10: the bear case What would return the DAX to 25,000?', '2026-03-31')['$1.10']).toBe('-');
  });
  it('a move told before the colon is stated: "Dow sinks 1,100 points: what spooked investors?"', () => {
    expect(idsOf('Dow sinks 1,100 points: what spooked investors?', '2025-12-18')['1,100 points']).toBe('idx.djia');
  });
});
