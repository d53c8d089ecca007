import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('ticker-exchange: an exchange before a ticker is not its index', () => {
  it('"a 4.1% jump in Veridian (NASDAQ: VRDS)" is not a Nasdaq move', () => {
    const ids = idsOf(
      'Chip stocks led, with a 4.1% jump in Veridian Semiconductor (NASDAQ: VRDS) after its forecast.',
      '2025-07-15',
    );
    expect(ids['4.1%']).toBe('-');
  });
  it('the index itself still is', () => {
    expect(idsOf('The Nasdaq rose 0.2% to a record on Tuesday.', '2025-07-15')['0.2%']).toBe('idx.nasdaq_composite');
  });
});
