import type { Dataset } from '../lib/dataset/schema';

/** The date a report counts as "recent": the bar asks for a figure from September 2025 or later. */
const RECENT_FROM = '2025-09-01';

export interface IndicatorCoverage {
  id: string;
  category: string;
  observations: number;
  firstPeriod: string | null;
  latestPeriod: string | null;
  /** Points in bundled series (daily + monthly). */
  seriesPoints: number;
  seriesLast: string | null;
  sources: number;
  recent: boolean;
}

export interface CoverageSummary {
  indicators: number;
  withObservation: number;
  withRecent: number;
  observationShare: number;
  recentShare: number;
  observations: number;
  seriesPoints: number;
  sources: number;
  unsourced: string[];
  notRecent: string[];
}

/** Last calendar day a period covers: '2025-Q3' → 2025-09-30, '2025' → 2025-12-31. */
function periodEnd(p: string): string {
  if (/^\d{4}$/.test(p)) return `${p}-12-31`;
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return `${q[1]}-${['03-31', '06-30', '09-30', '12-31'][Number(q[2]) - 1]}`;
  const h = /^(\d{4})-H([12])$/.exec(p);
  if (h) return `${h[1]}-${h[2] === '1' ? '06-30' : '12-31'}`;
  if (/^\d{4}-\d{2}$/.test(p)) {
    const [y, m] = p.split('-').map(Number);
    const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    return `${p}-${String(last).padStart(2, '0')}`;
  }
  return p;
}

export function coverage(ds: Dataset): { rows: IndicatorCoverage[]; summary: CoverageSummary } {
  const rows = ds.indicators.map((ind): IndicatorCoverage => {
    const obs = ds.observations.filter((o) => o.indicator === ind.id);
    const series = ds.series.filter((s) => s.indicator === ind.id && s.points.length > 0);
    const periods = obs.map((o) => o.period).sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
    const sources = new Set([...obs.map((o) => o.source), ...series.map((s) => s.source)]);
    const seriesLast =
      series
        .map((s) => s.points[s.points.length - 1]![0])
        .sort()
        .at(-1) ?? null;
    const recent =
      obs.some((o) => periodEnd(o.period) >= RECENT_FROM) || (seriesLast !== null && seriesLast >= RECENT_FROM);
    return {
      id: ind.id,
      category: ind.category,
      observations: obs.length,
      firstPeriod: periods[0] ?? null,
      latestPeriod: periods.at(-1) ?? null,
      seriesPoints: series.reduce((n, s) => n + s.points.length, 0),
      seriesLast,
      sources: sources.size,
      recent,
    };
  });
  const covered = rows.filter((r) => r.observations > 0 || r.seriesPoints > 0);
  const recent = rows.filter((r) => r.recent);
  return {
    rows,
    summary: {
      indicators: rows.length,
      withObservation: covered.length,
      withRecent: recent.length,
      observationShare: rows.length ? covered.length / rows.length : 0,
      recentShare: rows.length ? recent.length / rows.length : 0,
      observations: ds.observations.length,
      seriesPoints: ds.series.reduce((n, s) => n + s.points.length, 0),
      sources: ds.sources.length,
      unsourced: rows.filter((r) => r.observations === 0 && r.seriesPoints === 0).map((r) => r.id),
      notRecent: rows.filter((r) => !r.recent).map((r) => r.id),
    },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatCoverageText(ds: Dataset): string {
  const { rows, summary: s } = coverage(ds);
  const lines = [
    `dataset ${ds.version} (snapshot ${ds.snapshot})`,
    `indicators: ${s.indicators}; with a sourced figure: ${s.withObservation} (${pct(s.observationShare)}); ` +
      `with one from ${RECENT_FROM.slice(0, 7)} or later: ${s.withRecent} (${pct(s.recentShare)})`,
    `observations: ${s.observations}; series points: ${s.seriesPoints}; sources: ${s.sources}`,
    '',
    `${'indicator'.padEnd(30)} ${'obs'.padStart(4)} ${'first'.padEnd(10)} ${'latest'.padEnd(10)} ${'series'.padStart(6)} ${'to'.padEnd(10)} src`,
  ];
  for (const r of rows) {
    lines.push(
      `${r.id.padEnd(30)} ${String(r.observations).padStart(4)} ${(r.firstPeriod ?? '-').padEnd(10)} ${(r.latestPeriod ?? '-').padEnd(10)} ${String(r.seriesPoints).padStart(6)} ${(r.seriesLast ?? '-').padEnd(10)} ${r.sources}`,
    );
  }
  if (s.unsourced.length) lines.push('', `no sourced figure: ${s.unsourced.join(', ')}`);
  if (s.notRecent.length) lines.push(`nothing from ${RECENT_FROM.slice(0, 7)} or later: ${s.notRecent.join(', ')}`);
  return lines.join('\n');
}

export function formatCoverageMarkdown(ds: Dataset): string {
  const { rows, summary: s } = coverage(ds);
  const out = [
    `Dataset ${ds.version}, snapshot ${ds.snapshot}: ${s.indicators} indicators, ${s.observations} sourced observations, ` +
      `${ds.series.length} series (${s.seriesPoints} points), ${s.sources} sources. ` +
      `${s.withObservation} indicators (${pct(s.observationShare)}) have a sourced figure; ` +
      `${s.withRecent} (${pct(s.recentShare)}) have one from September 2025 or later.`,
    '',
    '| category | indicator | observations | first period | latest period | series (to) | sources |',
    '|---|---|---:|---|---|---|---:|',
  ];
  const sorted = [...rows].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  for (const r of sorted) {
    const series = r.seriesPoints ? `${r.seriesPoints} pts (${r.seriesLast})` : '–';
    out.push(
      `| ${r.category} | ${r.id} | ${r.observations} | ${r.firstPeriod ?? '–'} | ${r.latestPeriod ?? '–'} | ${series} | ${r.sources} |`,
    );
  }
  if (s.unsourced.length) out.push('', `No sourced figure: ${s.unsourced.join(', ')}.`);
  return `${out.join('\n')}\n`;
}
