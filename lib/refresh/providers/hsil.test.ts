import { describe, expect, it } from 'vitest';
import { parseHsilChart } from './hsil';

describe('HSIL chart data', () => {
  it('dates each level by its Hong Kong day (the stamp is Hong Kong midnight, the UTC day before)', () => {
    const chart = '{"indexCode":"00001.00","indexLevels-5y":[[1767283200000,26338.47]]}';
    expect(new Date(1767283200000).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(parseHsilChart(chart)).toEqual([['2026-01-02', 26338.47]]);
  });
  it("refuses another index's chart and a chart without the 5-year levels", () => {
    expect(() => parseHsilChart('{"indexCode":"01044.00","indexLevels-5y":[[1767283200000,124.1]]}')).toThrow(
      /not the chart of index 00001\.00/,
    );
    expect(() => parseHsilChart('{"indexCode":"00001.00","indexLevels-1y":[[1767283200000,1]]}')).toThrow(
      /indexLevels-5y/,
    );
  });
});
