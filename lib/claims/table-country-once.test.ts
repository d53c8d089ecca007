import { describe, expect, it } from 'vitest';
import { idsOf } from './test-engine';

describe('table-country-once', () => {
  it("a table row's cells name its country once: a bare CPI after a Nikkei row stays the U.S. one", () => {
    const caption = 'Closes and weekly changes';
    const blocks = [
      'U.S. stocks slipped: the S&P 500 lost 0.4% on the week.',
      { text: '38,487.24', context: `${caption} · Friday close · Nikkei 225` },
      { text: '+4.31%', context: `${caption} · Week · Nikkei 225` },
      { text: '−3.06%', context: `${caption} · Year · Nikkei 225` },
      'The consumer price index rose 3.1% in January from a year earlier.',
    ];
    expect(idsOf(blocks, '2024-02-16')['3.1%']).toBe('us.cpi_yoy');
  });
});
