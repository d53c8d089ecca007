import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { validateDataset } from './validate';

function good(): Dataset {
  return {
    format: 1,
    version: '2026.7.1',
    snapshot: '2026-07-01',
    indicators: [
      { id: 'fx.usdjpy', name: 'USD/JPY', unit: 'JPY per USD', kind: 'fx', category: 'fx', aliases: ['dollar-yen'] },
      { id: 'jp.boj_policy_rate', name: 'BOJ rate', unit: 'percent', kind: 'rate', category: 'rates', aliases: [] },
    ],
    sources: [{ name: 'Fed H.10', url: 'https://www.federalreserve.gov/releases/h10/' }],
    observations: [
      {
        indicator: 'jp.boj_policy_rate',
        period: '2025-01-24',
        value: 0.5,
        unit: 'percent',
        as_of: '2025-01-24',
        source: 0,
      },
      { indicator: 'jp.boj_policy_rate', period: '2025-Q1', value: 0.5, unit: 'percent', as_of: '2025-04', source: 0 },
    ],
    series: [
      {
        indicator: 'fx.usdjpy',
        frequency: 'daily',
        points: [
          ['2025-05-01', 145.48],
          ['2025-05-02', 144.9],
        ],
        source: 0,
      },
    ],
  };
}

const errorsOf = (raw: unknown): string[] => {
  const r = validateDataset(raw);
  return r.ok ? [] : r.errors;
};

describe('validateDataset', () => {
  it('accepts a well-formed dataset and returns it', () => {
    const r = validateDataset(good());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.observations).toHaveLength(2);
  });

  it('rejects non-objects and schema violations', () => {
    expect(errorsOf(null).length).toBeGreaterThan(0);
    expect(errorsOf('{}').length).toBeGreaterThan(0);
    expect(errorsOf({ ...good(), format: 2 }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...good(), version: 'v1' }).join()).toMatch(/version/);
    expect(errorsOf({ ...good(), extra: 1 }).length).toBeGreaterThan(0);
    const http = good();
    http.sources[0]!.url = 'http://example.org/';
    expect(errorsOf(http).join()).toMatch(/https/);
    const nan = good();
    nan.observations[0]!.value = Number.NaN;
    expect(errorsOf(nan).join()).toMatch(/observations\.0\.value/);
    const inf = good();
    inf.series[0]!.points[0]![1] = Number.POSITIVE_INFINITY;
    expect(errorsOf(inf).join()).toMatch(/series\.0\.points\.0\.1: .*finite/);
  });

  it('rejects an unknown indicator', () => {
    const ds = good();
    ds.observations[0]!.indicator = 'xx.yy';
    expect(errorsOf(ds)).toEqual(['observations.0: unknown indicator "xx.yy"']);
  });

  it('rejects a unit that differs from the indicator unit', () => {
    const ds = good();
    ds.observations[0]!.unit = 'USD';
    expect(errorsOf(ds)).toEqual([`observations.0: unit "USD" differs from jp.boj_policy_rate's unit "percent"`]);
  });

  it('rejects a source index out of range', () => {
    const ds = good();
    ds.series[0]!.source = 3;
    expect(errorsOf(ds)).toEqual(['series.0: source index 3 out of range']);
  });

  it('rejects a duplicate (indicator, period, as_of)', () => {
    const ds = good();
    ds.observations.push({ ...ds.observations[0]!, value: 0.75 });
    expect(errorsOf(ds)).toEqual([
      'observations.2: duplicate (indicator, period, as_of) jp.boj_policy_rate|2025-01-24|2025-01-24',
    ]);
  });

  it('rejects impossible dates and unsorted series', () => {
    const ds = good();
    ds.observations[0]!.period = '2025-02-30';
    ds.series[0]!.points.reverse();
    expect(errorsOf(ds)).toEqual([
      'observations.0: period "2025-02-30" is not a real period',
      'series.0.points.1: dates not strictly ascending ("2025-05-02" then "2025-05-01")',
    ]);
  });

  it('rejects duplicate indicator ids', () => {
    const ds = good();
    ds.indicators.push({ ...ds.indicators[0]! });
    expect(errorsOf(ds)).toEqual(['indicators.2: duplicate indicator id "fx.usdjpy"']);
  });
});
