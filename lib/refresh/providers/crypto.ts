import type { Provider, ProviderObservation } from '../types';
import { RefreshError } from '../fetch';

/**
 * Coinbase "Get Spot Price" (Data API v2, no authentication):
 *   GET https://api.coinbase.com/v2/prices/BTC-USD/spot
 *   → {"data":{"amount":"…","base":"BTC","currency":"USD"}}
 * The reply carries no timestamp: the figure is a spot quote at the moment of the request, dated
 * by the reply's Date header (UTC). It is an intraday quote, not a daily close.
 */
const PAIRS: { pair: string; base: string; indicator: string }[] = [
  { pair: 'BTC-USD', base: 'BTC', indicator: 'crypto.btc_usd' },
  { pair: 'ETH-USD', base: 'ETH', indicator: 'crypto.eth_usd' },
];

const coinbaseSpotUrl = (pair: string) => `https://api.coinbase.com/v2/prices/${pair}/spot`;

export function parseCoinbaseSpot(text: string, expectBase: string): number {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('Coinbase: the reply is not JSON');
  }
  const data = (json as { data?: { amount?: unknown; base?: unknown; currency?: unknown } } | null)?.data;
  if (!data || typeof data.amount !== 'string') throw new RefreshError('Coinbase: the reply has no data.amount');
  if (data.base !== expectBase || data.currency !== 'USD') {
    throw new RefreshError(`Coinbase: expected ${expectBase}-USD, got ${String(data.base)}-${String(data.currency)}`);
  }
  const value = /^\d+(?:\.\d+)?$/.test(data.amount) ? Number(data.amount) : NaN;
  if (!Number.isFinite(value) || value <= 0)
    throw new RefreshError(`Coinbase: ${expectBase} amount is not a positive number`);
  return value;
}

/** UTC date and time of the quote: the reply's Date header when it parses, else the local clock. */
export function quoteTime(dateHeader: string | null, now: Date): Date {
  const t = dateHeader ? Date.parse(dateHeader) : NaN;
  return Number.isFinite(t) ? new Date(t) : now;
}

export const coinbaseProvider: Provider = {
  id: 'coinbase',
  label: 'Coinbase spot prices (Bitcoin, Ether)',
  indicators: PAIRS.map((p) => p.indicator),
  urls: () => PAIRS.map((p) => coinbaseSpotUrl(p.pair)),
  async fetch(ctx) {
    const observations: ProviderObservation[] = [];
    let unchanged = true;
    for (const p of PAIRS) {
      const url = coinbaseSpotUrl(p.pair);
      const res = await ctx.get(ctx.resolve(url), 'application/json');
      if (res.status === 304) continue;
      unchanged = false;
      const value = parseCoinbaseSpot(res.text, p.base);
      const at = quoteTime(res.date, ctx.now);
      const day = at.toISOString().slice(0, 10);
      observations.push({
        indicator: p.indicator,
        period: day,
        value,
        unit: 'USD',
        as_of: day,
        source: { name: 'Coinbase spot price (api.coinbase.com)', url },
        note: `spot quote at ${at.toISOString().slice(11, 16)} UTC, not a daily close`,
      });
    }
    return { observations, unchanged };
  },
};
