import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isOddsOfMove } from './odds-of-move';

describe('odds-of-move', () => {
  it('"the likelihood of the BoE lowering rates by 25 bps to 3.75% next month" is a priced move, not the rate in force', () => {
    const ids = idsOf(
      ['Swaps now put the likelihood of the BoE lowering Bank Rate by 25 bps to 3.75% next month at roughly 80%.'],
      '2025-11-21',
    );
    expect(ids['3.75%']).toBe('-');
    expect(isOddsOfMove('bets on the Fed trimming its range to ')).toBe(true);
    expect(isOddsOfMove('The Fed trimmed its range to ')).toBe(false);
  });
});
