import type { Dataset } from '../lib/dataset/schema';
import { isPrimaryHost } from './source-hosts';

/** How many observations and series cite a publisher's own page (see source-hosts.ts). */
export function primaryShare(ds: Dataset): {
  observations: number;
  primaryObservations: number;
  series: number;
  primarySeries: number;
} {
  const primary = ds.sources.map((s) => isPrimaryHost(s.url));
  return {
    observations: ds.observations.length,
    primaryObservations: ds.observations.filter((o) => primary[o.source]).length,
    series: ds.series.length,
    primarySeries: ds.series.filter((s) => primary[s.source]).length,
  };
}
