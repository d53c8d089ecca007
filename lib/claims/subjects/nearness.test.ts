import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('qualifier-past-clause', () => {
  it('a country after the figure and a "while" qualifies the next clause, not this figure', () => {
    const ids = idsOf("Japan's Treasury Pile Tops $1.2 Trillion While China's Shrinks Again", '2025-12-18');
    expect(ids['$1.2 Trillion']).toBe('jp.ust_holdings');
  });
});

describe('release-label-between', () => {
  it('"UK December CPI": the release month between the country and its measure leaves them together', () => {
    expect(idsOf('UK December CPI rose 3.4% y/y.', '2026-01-21')['3.4%']).toBe('uk.cpi_yoy');
  });
});
