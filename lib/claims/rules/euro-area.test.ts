import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('euro-area: "euro area" and "euro zone" name the economy, not the currency', () => {
  it('"prices in the 19-nation euro zone climbed 2.0%" is not EUR/USD', () => {
    const ids = idsOf('Shop prices across the 19-nation euro zone climbed 2.0% on the year.', '2024-10-31');
    expect(ids['2.0%']).not.toBe('fx.eurusd');
  });
  it('the currency itself still is', () => {
    expect(idsOf('The euro rose 0.4% against the dollar.', '2024-10-31')['0.4%']).toBe('fx.eurusd');
  });
});
