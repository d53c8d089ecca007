import { describe, expect, it } from 'vitest';
import { quarterOf, shapeSeries, stepStart, type Point, type SeriesSpec } from './shape';

const src = { name: 'Publisher', url: 'https://example.org/' };
const spec = (p: Partial<SeriesSpec>): SeriesSpec => ({
  indicator: 'us.cpi_yoy',
  unit: 'percent',
  shape: 'monthly',
  source: src,
  ...p,
});

describe('shapeSeries', () => {
  it('step: one figure dated the day the current value took effect, known as of the last day listed', () => {
    const pts: Point[] = [
      ['2025-12-09', 4],
      ['2025-12-10', 4],
      ['2025-12-11', 3.75],
      ['2025-12-12', 3.75],
    ];
    expect(stepStart(pts)).toEqual(['2025-12-11', 3.75]);
    const [o] = shapeSeries('T', spec({ indicator: 'us.fed_funds_target_upper', shape: 'step' }), pts, '2026-01-01');
    expect(o).toMatchObject({ period: '2025-12-11', value: 3.75, as_of: '2025-12-12' });
    // Unchanged over the whole reply: the start day is unknown, so nothing is claimed.
    expect(
      shapeSeries(
        'T',
        spec({ shape: 'step' }),
        [
          ['2025-12-11', 3.75],
          ['2025-12-12', 3.75],
        ],
        '2026-01-01',
      ),
    ).toEqual([]);
  });
  it('yoy, diff and mom: 12-month change, monthly change times scale, monthly % change', () => {
    const idx: Point[] = [
      ['2025-07-01', 320],
      ['2025-08-01', 321],
      ['2026-07-01', 330.88],
    ];
    expect(shapeSeries('T', spec({ shape: 'yoy' }), idx, '2026-08-13')).toEqual([
      { indicator: 'us.cpi_yoy', period: '2026-07', value: 3.4, unit: 'percent', as_of: '2026-08-13', source: src },
    ]);
    const pay: Point[] = [
      ['2026-06-01', 158881],
      ['2026-07-01', 158858],
    ];
    expect(
      shapeSeries(
        'T',
        spec({ indicator: 'us.nonfarm_payrolls', unit: 'jobs', shape: 'diff', scale: 1000 }),
        pay,
        '2026-08-07',
      )[0]!.value,
    ).toBe(-23000);
    const rs: Point[] = [
      ['2026-06-01', 768072],
      ['2026-07-01', 763602],
    ];
    expect(shapeSeries('T', spec({ indicator: 'us.retail_sales_mom', shape: 'mom' }), rs, '2026-08-14')[0]!.value).toBe(
      -0.6,
    );
  });
  it('daily and quarterly: the latest few, periods as the catalogue writes them', () => {
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    const q = shapeSeries(
      'T',
      spec({ shape: 'quarterly' }),
      [
        ['2025-10-01', 0.5],
        ['2026-01-01', 2.1],
      ],
      '2026-06-25',
    );
    expect(q.map((o) => o.period)).toEqual(['2025-Q4', '2026-Q1']);
    const days: Point[] = Array.from(
      { length: 15 },
      (_, i) => [`2026-08-${String(i + 1).padStart(2, '0')}`, 4 + i / 100] as Point,
    );
    expect(shapeSeries('T', spec({ indicator: 'us.ust_10y_yield', shape: 'daily' }), days, '2026-08-24')).toHaveLength(
      10,
    );
  });
});
