import type { Provider, ProviderObservation } from '../types';
import { RefreshError } from '../fetch';
import { DATE_RE } from '../../dataset/schema';

/**
 * ECB euro foreign exchange reference rates, published once a TARGET business day around
 * 16:00 CET as a small GESMES XML file: one <Cube time='YYYY-MM-DD'> holding one
 * <Cube currency='XXX' rate='n'/> per currency, each rate in units of that currency per euro.
 * Keyless, no query parameters, nothing sent but the GET.
 */
const ECB_DAILY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml';

const SOURCE = { name: 'European Central Bank, euro foreign exchange reference rates', url: ECB_DAILY_URL };
const CROSS_NOTE =
  'cross rate computed from two ECB euro reference rates; the Federal Reserve H.10 rate for the same day can differ slightly';

export interface EcbDay {
  date: string;
  /** Units of currency per 1 EUR. */
  rates: Record<string, number>;
}

/** Reads the reference-rate file. Throws a readable error when it is not in the ECB's format. */
export function parseEcbDaily(xml: string): EcbDay {
  if (!/eurofxref/.test(xml) || !/<Cube\b/.test(xml)) {
    throw new RefreshError('ECB: the reply is not an ECB reference-rate file');
  }
  let date: string | null = null;
  const rates: Record<string, number> = {};
  for (const m of xml.matchAll(/<Cube\b([^>]*?)\/?>/g)) {
    const attrs = readAttrs(m[1]);
    if (attrs.time !== undefined) {
      if (date !== null) throw new RefreshError('ECB: the file holds more than one day; expected the daily file');
      if (!DATE_RE.test(attrs.time)) throw new RefreshError(`ECB: "${attrs.time.slice(0, 20)}" is not a date`);
      date = attrs.time;
    } else if (attrs.currency !== undefined && attrs.rate !== undefined) {
      if (!/^[A-Z]{3}$/.test(attrs.currency)) continue;
      const rate = /^\d+(?:\.\d+)?$/.test(attrs.rate) ? Number(attrs.rate) : NaN;
      if (!Number.isFinite(rate) || rate <= 0)
        throw new RefreshError(`ECB: rate for ${attrs.currency} is not a positive number`);
      rates[attrs.currency] = rate;
    }
  }
  if (!date) throw new RefreshError('ECB: the file has no reference date');
  return { date, rates };
}

function readAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(['"])(.*?)\2/g)) out[m[1]] = m[3];
  return out;
}

const round = (x: number, dp: number) => Number(x.toFixed(dp));

/** The dataset's FX indicators from one ECB day. Only EUR/USD is a published figure; the rest are crosses. */
export function ecbObservations(day: EcbDay): ProviderObservation[] {
  const usd = day.rates.USD;
  if (usd === undefined) throw new RefreshError('ECB: the file has no USD rate');
  const base = { period: day.date, as_of: day.date, source: SOURCE };
  const out: ProviderObservation[] = [{ ...base, indicator: 'fx.eurusd', value: usd, unit: 'USD per EUR' }];
  const { JPY, GBP, CNY } = day.rates;
  if (JPY !== undefined)
    out.push({ ...base, indicator: 'fx.usdjpy', value: round(JPY / usd, 2), unit: 'JPY per USD', note: CROSS_NOTE });
  if (GBP !== undefined)
    out.push({ ...base, indicator: 'fx.gbpusd', value: round(usd / GBP, 4), unit: 'USD per GBP', note: CROSS_NOTE });
  if (CNY !== undefined)
    out.push({ ...base, indicator: 'fx.usdcny', value: round(CNY / usd, 4), unit: 'CNY per USD', note: CROSS_NOTE });
  return out;
}

export const ecbProvider: Provider = {
  id: 'ecb',
  label: 'ECB euro reference rates (exchange rates)',
  indicators: ['fx.eurusd', 'fx.usdjpy', 'fx.gbpusd', 'fx.usdcny'],
  urls: () => [ECB_DAILY_URL],
  async fetch(ctx) {
    const res = await ctx.get(ctx.resolve(ECB_DAILY_URL), 'application/xml, text/xml');
    if (res.status === 304) return { observations: [], unchanged: true };
    return { observations: ecbObservations(parseEcbDaily(res.text)), unchanged: false };
  },
};
