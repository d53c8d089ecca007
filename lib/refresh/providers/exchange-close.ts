import type { Source } from '../../dataset/schema';
import type { Provider, ProviderId } from '../types';
import { shapeSeries, type Point } from './shape';
import { settledCloses, type ExchangeClock } from './settled';

/**
 * A provider that reads one stock index's recent daily levels from one URL and keeps only the
 * closes that are final on the exchange's clock (see settled.ts).
 */
export function exchangeCloseProvider(p: {
  id: ProviderId;
  label: string;
  who: string;
  url: (now: Date) => string;
  parse: (text: string) => Point[];
  clock: ExchangeClock;
  indicator: string;
  source: Source;
}): Provider {
  return {
    id: p.id,
    label: p.label,
    indicators: [p.indicator],
    urls: (now) => [p.url(now)],
    async fetch(ctx) {
      const res = await ctx.get(ctx.resolve(p.url(ctx.now)), 'application/json');
      if (res.status === 304) return { observations: [], unchanged: true };
      const closes = settledCloses(p.parse(res.text), p.clock, ctx.now);
      return {
        observations: shapeSeries(
          p.who,
          { indicator: p.indicator, unit: 'points', shape: 'daily', source: p.source },
          closes,
          ctx.now.toISOString().slice(0, 10),
        ),
        unchanged: false,
      };
    },
  };
}
