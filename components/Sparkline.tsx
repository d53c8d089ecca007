import { formatPeriod, formatValue } from '../lib/format';

type Point = readonly [string, number];

interface Props {
  points: readonly Point[];
  /** The claim's date (YYYY-MM-DD or a period code): the line starts there. */
  from: string;
  unit: string;
  /** Monthly series are dated the 1st: their labels name the month, not the day. */
  monthly: boolean;
  /** Words for screen readers: what the line shows. */
  label: string;
  width?: number;
  height?: number;
}

/** Points drawn at most: a daily series over years would otherwise be thousands of segments. */
const MAX_POINTS = 120;

/** Keeps at most `max` points, evenly spaced, always including the first and the last. */
function downsample<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const out: T[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * step)]!);
  return out;
}

/** "2025-03" → "2025-03-01"; "2025-Q2" → "2025-04-01"; a change "a/b" starts at a. */
export function startDate(period: string): string | null {
  const first = period.split('/')[0] ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(first)) return first;
  if (/^\d{4}-\d{2}$/.test(first)) return `${first}-01`;
  const q = /^(\d{4})-Q([1-4])$/.exec(first);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const h = /^(\d{4})-H([12])$/.exec(first);
  if (h) return `${h[1]}-${h[2] === '1' ? '01' : '07'}-01`;
  if (/^\d{4}$/.test(first)) return `${first}-01-01`;
  return null;
}

/**
 * The stretch of a series from the claim's date to the latest point: the last point on or before
 * the claim's date (so the claim's own figure is the first point) and every point after it.
 * sparkWindow([[2025-01-01,1],[2025-02-01,2],[2025-03-01,3]], '2025-02') → the last two.
 */
export function sparkWindow(points: readonly Point[], from: string): Point[] {
  const start = startDate(from);
  if (!start) return [];
  let first = points.findIndex((p) => p[0] > start);
  if (first === -1) first = points.length;
  const begin = Math.max(0, first - 1);
  // The claim's date before the series begins: no point stands for the claim, so no line.
  if (!points[begin] || points[begin]![0] > start) return [];
  return points.slice(begin);
}

/**
 * A small line from the claim's date to the latest point, both marked and labelled, with the
 * minimum and maximum on the left as its axis; drawn in a neutral colour, never the verdict's.
 */
export function Sparkline({ points, from, unit, monthly, label, width = 200, height = 34 }: Props) {
  const window = sparkWindow(points, from);
  if (window.length < 2) return null;
  const pts = downsample(window, MAX_POINTS);
  const values = pts.map((p) => p[1]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 4;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (pts.length - 1);
  const y = (v: number) => pad + (1 - (v - min) / span) * (height - 2 * pad);
  const line = pts.map((p, i) => `${x(i).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const when = (d: string) => formatPeriod(monthly ? d.slice(0, 7) : d);
  return (
    <figure class="spark-wrap" data-testid="sparkline">
      <div class="spark-row">
        <div class="spark-axis" aria-hidden="true">
          <span>{formatValue(max, unit, { bare: true })}</span>
          <span>{formatValue(min, unit, { bare: true })}</span>
        </div>
        <svg
          class="spark"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={label}
        >
          <line x1={pad} x2={width - pad} y1={y(max)} y2={y(max)} class="spark-grid" />
          <line x1={pad} x2={width - pad} y1={y(min)} y2={y(min)} class="spark-grid" />
          <polyline points={line} fill="none" class="spark-line" stroke-width="1.5" stroke-linejoin="round" />
          <circle cx={x(0)} cy={y(first[1])} r="3" class="spark-claim" />
          <circle cx={x(pts.length - 1)} cy={y(last[1])} r="3" class="spark-last" />
        </svg>
      </div>
      <figcaption class="spark-labels">
        <span>
          <span class="dot claim" aria-hidden="true" /> claim’s date {when(first[0])}:{' '}
          {formatValue(first[1], unit, { bare: true })}
        </span>
        <span>
          <span class="dot last" aria-hidden="true" /> latest {when(last[0])}:{' '}
          {formatValue(last[1], unit, { bare: true })}
        </span>
      </figcaption>
    </figure>
  );
}
