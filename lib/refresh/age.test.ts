import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { CYCLE_DAYS, daysBetween, indicatorAges, staleCategories } from './age';

const ds = (): Dataset => ({
  format: 1,
  version: '2026.8.21',
  snapshot: '2026-08-21',
  indicators: [
    { id: 'fx.usdjpy', name: 'USD/JPY', unit: 'JPY per USD', kind: 'fx', category: 'fx', aliases: [] },
    { id: 'fx.eurusd', name: 'EUR/USD', unit: 'USD per EUR', kind: 'fx', category: 'fx', aliases: [] },
    { id: 'us.cpi_yoy', name: 'CPI', unit: 'percent', kind: 'inflation', category: 'macro', aliases: [] },
    { id: 'us.tariff_china', name: 'Tariff', unit: 'percent', kind: 'tariff', category: 'tariffs', aliases: [] },
  ],
  sources: [{ name: 'S', url: 'https://example.org/' }],
  observations: [
    { indicator: 'fx.eurusd', period: '2026-08-20', value: 1.1, unit: 'USD per EUR', as_of: '2026-08-20', source: 0 },
    { indicator: 'us.cpi_yoy', period: '2026-07', value: 3.4, unit: 'percent', as_of: '2026-08', source: 0 },
    { indicator: 'us.tariff_china', period: '2025-11-10', value: 20, unit: 'percent', as_of: '2025-11-10', source: 0 },
  ],
  series: [
    {
      indicator: 'fx.usdjpy',
      frequency: 'daily',
      points: [
        ['2026-05-14', 158.08],
        ['2026-05-15', 158.69],
      ],
      source: 0,
    },
  ],
});

describe('age of the figures', () => {
  it('indicatorAges: the latest figure and days since it was known (a month as_of counts from its last day)', () => {
    const a = Object.fromEntries(indicatorAges(ds(), '2026-09-01').map((x) => [x.id, x]));
    expect(a['fx.usdjpy']).toMatchObject({ latest: { period: '2026-05-15', value: 158.69 }, ageDays: 109 });
    expect(a['fx.eurusd']!.ageDays).toBe(12);
    expect(a['us.cpi_yoy']).toMatchObject({
      latest: { period: '2026-07', value: 3.4, known: '2026-08-31' },
      ageDays: 1,
    });
  });

  it('staleCategories: a category is listed when any of its indicators is older than its cycle; tariffs have none', () => {
    const s = staleCategories(ds(), '2026-09-01');
    expect(s).toEqual([{ category: 'fx', cycleDays: CYCLE_DAYS.fx, stale: 2, total: 2, oldestDays: 109 }]);
    expect(staleCategories(ds(), '2026-08-22').map((c) => c.category)).toEqual(['fx']);
    expect(staleCategories(ds(), '2026-08-22')[0]!.stale).toBe(1);
    expect(daysBetween('2026-08-21', '2026-12-03')).toBe(104);
  });
});
