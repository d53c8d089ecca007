import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { changeColumn } from './change-column';

describe('change-column', () => {
  // Stored closes: Hang Seng 23,887.83 on 2025-07-07 and 24,148.07 on 2025-07-08 (+260.24, +1.09%).
  const caption = 'Regional benchmarks at the close on Tuesday';
  it('a bare cell under "Change in Points" is the row\'s move, not its level', () => {
    const [c] = claimsOf([{ context: `${caption} · Change in Points · Hang Seng`, text: '260.24' }], '2025-07-08');
    expect(c?.indicator?.id).toBe('idx.hang_seng');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.checks ?? []).toEqual([]);
  });
  it('a bare cell under "Change in %" is a percent move', () => {
    const [c] = claimsOf([{ context: `${caption} · Change in % · Hang Seng`, text: '1.09' }], '2025-07-08');
    expect(c?.unit).toBe('percent');
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('the headers it knows, whole', () => {
    expect(changeColumn('Asia · % Chg · Nikkei 225')).toBe('percent');
    expect(changeColumn('Asia · Net change · Nikkei 225')).toBe('points');
    expect(changeColumn('Asia · Pts chg · Nikkei 225')).toBe('points');
    expect(changeColumn('Changes in the week · Last · Nikkei 225')).toBeNull();
  });
  it('bp-column: a signed whole number under "Change (bp)" is a move in basis points', () => {
    // Stored 2-year yields: 3.61% on 2025-12-09, 3.54% on 2025-12-10.
    const [c] = claimsOf(
      [{ context: 'Treasury yields on Wednesday · Change (bp) · 2-year', text: '-7' }],
      '2025-12-10',
    );
    expect(c?.indicator?.id).toBe('us.ust_2y_yield');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(changeColumn('Yields · Change (bp) · 10-year')).toBe('bp');
  });
});

describe('caption-bp-changes', () => {
  it('a caption saying changes are in basis points makes a "Day" column\'s signed cell a move in bp', () => {
    // Stored 2-year yields: 3.61% on 2025-12-09, 3.54% on 2025-12-10.
    const [c] = claimsOf(
      [{ context: 'Treasury yields at the close (changes in basis points) · Day · 2-year', text: '-7' }],
      '2025-12-10',
    );
    expect(c?.indicator?.id).toBe('us.ust_2y_yield');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(changeColumn('Yields at the close · Day · 10-year')).toBeNull();
  });
});

describe('signed-unit-column', () => {
  // Stored Nikkei closes: 38,354.09 on 2025-06-23 and 38,790.56 on 2025-06-24 (+1.14%).
  it('a signed cell under a bare "%" header is the row\'s percent move', () => {
    const [c] = claimsOf([{ context: 'Index · % · Nikkei 225', text: '+1.14' }], '2025-06-24');
    expect(c?.indicator?.id).toBe('idx.nikkei225');
    expect(c?.unit).toBe('percent');
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('an unsigned cell under a bare "%" header names no move', () => {
    expect(changeColumn('Index · % · Nikkei 225', '+1.14')).toBe('percent');
    expect(changeColumn('Index · Pts · Nikkei 225', '−20.17')).toBe('points');
    expect(changeColumn('Yield · % · 10-year', '4.52')).toBeNull();
  });
});
