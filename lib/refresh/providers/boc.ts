import { RefreshError } from '../fetch';
import { DATE_RE } from '../../dataset/schema';
import { publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * Bank of Canada Valet API (keyless), series V39079, the target for the overnight rate:
 *   GET https://www.bankofcanada.ca/valet/observations/V39079/json?start_date=…
 *   → {"seriesDetail":{…},"observations":[{"d":"2026-01-28","V39079":{"v":"2.25"}},…]} (oldest first).
 */
const bocUrl = (now: Date) =>
  `https://www.bankofcanada.ca/valet/observations/V39079/json?start_date=${new Date(now.getTime() - 3 * 366 * 86_400_000).toISOString().slice(0, 10)}`;

function parseValet(text: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('BoC: the reply is not JSON');
  }
  const obs = (json as { observations?: unknown }).observations;
  if (!Array.isArray(obs)) throw new RefreshError('BoC: the reply has no observations');
  const points: Point[] = [];
  for (const o of obs as { d?: unknown; V39079?: { v?: unknown } }[]) {
    if (typeof o.d !== 'string' || !DATE_RE.test(o.d)) throw new RefreshError('BoC: an observation has no date');
    if (typeof o.V39079?.v !== 'string') throw new RefreshError(`BoC: the observation of ${o.d} has no V39079 value`);
    const v = publishedNumber('BoC', o.V39079.v, o.d);
    if (v !== null) points.push([o.d, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const bocProvider = singleSeriesProvider({
  id: 'boc',
  label: 'Bank of Canada Valet (policy rate)',
  who: 'BoC',
  url: bocUrl,
  accept: 'application/json',
  parse: parseValet,
  spec: {
    indicator: 'ca.boc_policy_rate',
    unit: 'percent',
    shape: 'step',
    source: {
      name: 'Bank of Canada, target for the overnight rate (V39079)',
      url: 'https://www.bankofcanada.ca/core-functions/monetary-policy/key-interest-rate/',
    },
  },
});
