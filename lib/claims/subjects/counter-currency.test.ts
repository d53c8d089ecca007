import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("counter-currency: a figure's pair is the sentence's currency and the one it is measured against", () => {
  it('"rose 0.1% against the U.S. dollar to $1.3381 and gained 0.2% versus the euro to 87.56 pence"', () => {
    const ids = idsOf(
      'On Thursday the pound climbed 0.1% against the U.S. dollar to $1.3381, and it firmed 0.2% versus the euro to 87.56 pence.',
      '2025-12-18',
    );
    expect(ids['$1.3381']).toBe('fx.gbpusd');
    // GBP/EUR is not in the catalogue, and EUR/USD is not what was measured.
    expect(ids['0.2%']).toBe('-');
    expect(ids['87.56']).toBe('-');
  });
  it('a new currency after the counter starts a new subject', () => {
    const ids = idsOf(
      'The dollar was soft against the euro, with EUR/USD fixed at 1.1837, and the yen traded at 146.36 per dollar.',
      '2025-09-17',
    );
    expect(ids['146.36']).toBe('fx.usdjpy');
  });
});
