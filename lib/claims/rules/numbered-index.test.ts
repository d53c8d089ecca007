import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('numbered-index: "the Nasdaq 100" and "the Russell 2000" are other indices than the catalogue\'s', () => {
  it("neither the name's number nor the move after it is the Nasdaq Composite's", () => {
    const ids = idsOf('The Nasdaq 100 gained 1.2% and the S&P 500 passed 6,750, with small caps up 1%.', '2025-10-08');
    expect(ids['100']).toBeUndefined();
    expect(ids['1.2%']).not.toBe('idx.nasdaq_composite');
    expect(ids['6,750']).toBe('idx.sp500');
  });

  it("the catalogue's own Nasdaq is still read", () => {
    expect(idsOf('The Nasdaq climbed 1.1% on Wednesday.', '2025-10-08')['1.1%']).toBe('idx.nasdaq_composite');
  });
});

describe('numbered-index, another exchange', () => {
  it('"Australia\'s S&P/ASX 200 rose 0.93 percent" is not the S&P 500', () => {
    expect(idsOf("Australia's S&P/ASX 200 rose 0.93 percent.", '2026-02-19')['0.93 percent']).toBe('-');
  });
});

describe('exchange-first', () => {
  it('"the TSX/S&P Composite rose 88.40 points" is Toronto\'s index, not the S&P 500', () => {
    const ids = idsOf('In Toronto, the TSX/S&P Composite rose 88.40 points to 25,412.70.', '2025-03-04');
    expect([ids['88.40 points'] ?? '-', ids['25,412.70'] ?? '-']).toEqual(['-', '-']);
  });
});

describe('index-between', () => {
  it('an index outside the catalogue named between an alias and the figure takes the figure', () => {
    const ids = idsOf('Paris: CAC 40 up 0.48% at 8,200.80; pan-European STOXX 600 up 0.54% at 621.53.', '2026-06-11');
    expect(ids['0.48%']).toBe('idx.cac40');
    expect(ids['621.53']).toBe('-');
  });
  it('"the Stoxx Europe 600 rose 0.17%": 600 is the name, not a DAX level', () => {
    const ids = idsOf("Germany's DAX increased 0.20%, the Stoxx Europe 600 rose 0.17%.", '2025-06-05');
    expect(ids['600'] ?? '-').toBe('-');
  });
});

describe('family-member', () => {
  it('"Italy\'s FTSE MIB" is not the FTSE 100', () => {
    expect(idsOf('In Milan the FTSE MIB gained 0.28%, finishing at 41,723.69.', '2025-09-01')['0.28%']).toBe('-');
  });
});
