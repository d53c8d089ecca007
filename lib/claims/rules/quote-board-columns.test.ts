import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('prev-close-column', () => {
  // S&P 500: 6,716.09 on 2026-03-17, 6,624.70 on 2026-03-18 (data/series).
  const cell = (text: string) => [{ context: 'Stock indices · Prev close ▲▼ · S&P 500 · SPX', text }];
  it('on a Wednesday board, "Prev close" is Tuesday\'s close, not a stale last close', () => {
    expect(claimsOf(cell('6,716.09'), '2026-03-18')[0]?.judgement?.verdict).toBe('matches');
  });
  it("a figure that is not the session before's close is still red", () => {
    expect(claimsOf(cell('6,761.09'), '2026-03-18')[0]?.judgement?.verdict).toBe('differs');
  });
  it('on a Monday board, which close is previous is unsure: not marked', () => {
    expect(claimsOf(cell('6,716.09'), '2026-03-16')[0]?.indicator ?? null).toBeNull();
  });
});

describe('day-range-column', () => {
  it('a "Day range" cell holds intraday extremes: not marked', () => {
    const c = claimsOf(
      [{ context: 'Stock indices · Day range ▲▼ · S&P 500 · SPX', text: '6,003.00 – 6,076.28' }],
      '2025-02-12',
    );
    expect(c.filter((x) => x.indicator)).toEqual([]);
  });
  it('the same board\'s "Last" cell is marked', () => {
    const c = claimsOf([{ context: 'Stock indices · Last ▲▼ · S&P 500 · SPX', text: '6,051.97' }], '2025-02-12');
    expect(c[0]?.indicator?.id).toBe('idx.sp500');
  });
});

describe('extreme-cell', () => {
  it('an almanac box\'s "Nikkei low close · 31,458.42", with no day in its row, is not marked', () => {
    const c = claimsOf([{ context: 'Key figures · Nikkei low close', text: '31,458.42' }], '2024-10-21');
    expect(c.filter((x) => x.indicator)).toEqual([]);
  });
  it('a lone "record" note beside a close, or a caption, does not unmark it', () => {
    const a = claimsOf([{ context: 'Close · Nikkei 225 close · record', text: '63,339.07' }], '2026-05-22');
    expect(a[0]?.indicator?.id).toBe('idx.nikkei225');
    const b = claimsOf([{ context: 'Stocks at record highs · Close · S&P 500', text: '6,000.10' }], '2024-11-13');
    expect(b[0]?.indicator?.id).toBe('idx.sp500');
  });
});
