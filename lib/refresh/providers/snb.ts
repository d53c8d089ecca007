import { RefreshError } from '../fetch';
import { DATE_RE } from '../../dataset/schema';
import { publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * Swiss National Bank data portal, cube snbgwdzid (official interest rates), CSV:
 *   GET https://data.snb.ch/api/cube/snbgwdzid/data/csv/en
 *   → "CubeId";"snbgwdzid" / "PublishingDate";"…" / blank / "Date";"D0";"Value" / "2025-12-12";"LZ";"0.00"
 *   Semicolon-separated, quoted; D0 = LZ is the SNB policy rate (one row per day it is published).
 */
const SNB_URL = 'https://data.snb.ch/api/cube/snbgwdzid/data/csv/en';

function parseSnbCsv(text: string): Point[] {
  const rows = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => l.split(';').map((c) => c.trim().replace(/^"|"$/g, '')));
  const head = rows.findIndex((r) => r[0] === 'Date' && r[1] === 'D0' && r[2] === 'Value');
  if (!/snbgwdzid/.test(text) || head < 0) throw new RefreshError('SNB: the reply is not the snbgwdzid cube CSV');
  const points: Point[] = [];
  for (const r of rows.slice(head + 1)) {
    if (r[1] !== 'LZ') continue;
    if (!DATE_RE.test(r[0] ?? '')) throw new RefreshError(`SNB: "${(r[0] ?? '').slice(0, 20)}" is not a date`);
    const v = publishedNumber('SNB', r[2] ?? '', r[0]!);
    if (v !== null) points.push([r[0]!, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const snbProvider = singleSeriesProvider({
  id: 'snb',
  label: 'Swiss National Bank data portal (policy rate)',
  who: 'SNB',
  url: () => SNB_URL,
  accept: 'text/csv',
  parse: parseSnbCsv,
  spec: {
    indicator: 'ch.snb_policy_rate',
    unit: 'percent',
    shape: 'step',
    source: { name: 'Swiss National Bank, SNB policy rate', url: 'https://data.snb.ch/en/topics/snb/cube/snbgwdzid' },
  },
});
