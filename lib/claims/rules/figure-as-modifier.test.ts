import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('figure-as-modifier', () => {
  it('"Some banks now talk of $5,000 gold" marks no gold price', () => {
    const [c] = claimsOf('Some banks now talk of $5,000 gold.', '2026-01-10');
    expect(c?.indicator ?? null).toBeNull();
  });
  it('"$100 Brent is a live scenario" is no quote either', () => {
    const [c] = claimsOf('As long as tankers are being hit, $100 Brent is a live scenario again.', '2026-03-10');
    expect(c?.indicator ?? null).toBeNull();
  });
  it('a price that is not round still names the day\'s level: "Records meet a $113 Brent"', () => {
    const [c] = claimsOf('Records meet a $113 Brent as stocks climb.', '2026-04-23');
    expect(c?.indicator?.id).toBe('cmd.brent_usd');
  });
});
