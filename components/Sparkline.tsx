interface Props {
  points: readonly (readonly [string, number])[];
  label: string;
  width?: number;
  height?: number;
  /** Date to pin with a dot: the claim's period, when it falls in the series. */
  highlight?: string | null;
}

/** Keeps at most `max` points, evenly spaced, always including the last one. */
export function downsample<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const out: T[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * step)]);
  return out;
}

export function Sparkline({ points, label, width = 180, height = 36, highlight }: Props) {
  const pts = downsample(points, 120);
  if (pts.length < 2) return null;
  const values = pts.map((p) => p[1]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 3;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (pts.length - 1);
  const y = (v: number) => pad + (1 - (v - min) / span) * (height - 2 * pad);
  const line = pts.map((p, i) => `${x(i).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
  const hi = highlight ? pts.findIndex((p) => p[0] >= highlight) : -1;
  return (
    <svg class="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <polyline points={line} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      {hi >= 0 && <circle cx={x(hi)} cy={y(pts[hi][1])} r="3" class="spark-claim" />}
      <circle cx={x(pts.length - 1)} cy={y(pts[pts.length - 1][1])} r="2.5" class="spark-last" />
    </svg>
  );
}
