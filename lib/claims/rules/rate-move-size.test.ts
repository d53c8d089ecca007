import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('rate-move-size', () => {
  it('"the dollar has sunk more than 10% this half" beside the Fed is no move of the Fed rate', () => {
    const s =
      'With doubts over Federal Reserve independence and bets on rate cuts, the U.S. dollar has sunk more than 10% in the first half of 2025.';
    expect(idsOf(s, '2025-06-30')['10%']).toBe('-');
  });
  it('a rate move of ordinary size is still read', () => {
    expect(idsOf('The Federal Reserve cut its policy rate by 0.25% on Wednesday.', '2025-09-17')['0.25%']).toBe(
      'us.fed_funds_target_upper',
    );
  });
});
