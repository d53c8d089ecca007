import { MONTH_ABBREVIATIONS as MON } from '../../months';
import type { Provider, ProviderId } from '../types';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/** A provider that reads one file holding one series (most central banks' policy-rate files). */
export function singleSeriesProvider(p: {
  id: ProviderId;
  label: string;
  who: string;
  url: (now: Date) => string;
  accept: string;
  parse: (text: string) => Point[];
  spec: SeriesSpec;
}): Provider {
  return {
    id: p.id,
    label: p.label,
    indicators: [p.spec.indicator],
    urls: (now) => [p.url(now)],
    async fetch(ctx) {
      const res = await ctx.get(ctx.resolve(p.url(ctx.now)), p.accept);
      if (res.status === 304) return { observations: [], unchanged: true };
      return {
        observations: shapeSeries(p.who, p.spec, p.parse(res.text), ctx.now.toISOString().slice(0, 10)),
        unchanged: false,
      };
    },
  };
}

/** '02 Jan 2026' or '02-Jan-2026' → 2026-01-02; null when it is not such a date. */
export function dayMonYear(s: string): string | null {
  const m = /^(\d{1,2})[ -]([A-Z][a-z]{2})[ -](\d{4})$/.exec(s.trim());
  if (!m || !MON.includes(m[2]!)) return null;
  return `${m[3]}-${String(MON.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
