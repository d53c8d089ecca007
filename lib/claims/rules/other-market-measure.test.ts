import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("other-market-measure: a market's name that qualifies volume, market value or flows", () => {
  it("bitcoin's trading volume and market value are not its price", () => {
    const ids = idsOf(
      "Bitcoin's market value climbed 3% to $2.1 trillion, and its one-day trading volume swelled 25% to $80.5 billion.",
      '2025-10-17',
    );
    expect(ids['3%']).toBe('-');
    expect(ids['$2.1 trillion']).toBe('-');
    expect(ids['$80.5 billion']).toBe('-');
  });
  it('"open interest in gold futures" is not the gold price', () => {
    expect(idsOf('Open interest in gold futures rose 4% on the week.', '2025-10-17')['4%']).toBe('-');
  });
  it("the coin's own move is still its price", () => {
    const ids = idsOf('Bitcoin fell 2.4% to $108,420 as trading volume picked up.', '2025-10-17');
    expect(ids['2.4%']).toBe('crypto.btc_usd');
    expect(ids['$108,420']).toBe('crypto.btc_usd');
  });
});
