import type { Dataset, Indicator } from '../../dataset/schema';
import { createEngine, type Engine } from '../engine';
import type { Claim } from '../types';

/**
 * A small synthetic dataset for the consistency checks' tests: figures made up for the tests
 * (loosely shaped like the real ones), sources at example.com; none of this is product data.
 */

const indicators: Indicator[] = [
  { id: 'idx.sp500', name: 'S&P 500 index', unit: 'points', kind: 'index', category: 'indices', aliases: ['S&P 500'] },
  {
    id: 'idx.nikkei225',
    name: 'Nikkei 225 stock index',
    unit: 'points',
    kind: 'index',
    category: 'indices',
    aliases: ['Nikkei 225'],
  },
  {
    id: 'fx.usdjpy',
    name: 'U.S. dollar / Japanese yen exchange rate',
    unit: 'JPY per USD',
    kind: 'fx',
    category: 'fx',
    aliases: ['USD/JPY', 'dollar-yen'],
  },
  {
    id: 'cmd.gold_usd',
    name: 'Gold spot price',
    unit: 'USD per troy ounce',
    kind: 'commodity',
    category: 'commodities',
    aliases: ['gold', 'spot gold'],
  },
  {
    id: 'jp.boj_policy_rate',
    name: 'Bank of Japan policy rate',
    unit: 'percent',
    kind: 'rate',
    category: 'rates',
    aliases: ['BOJ policy rate', "Bank of Japan's policy rate", 'BOJ rate'],
  },
  {
    id: 'jp.ust_holdings',
    name: 'Japan holdings of U.S. Treasury securities',
    unit: 'USD',
    kind: 'level',
    category: 'holdings',
    aliases: ["Japan's holdings of US Treasuries"],
  },
  {
    id: 'us.ust_foreign_total',
    name: 'Foreign holdings of U.S. Treasury securities',
    unit: 'USD',
    kind: 'level',
    category: 'holdings',
    aliases: ['held by all foreign investors', 'held by foreign investors'],
  },
  {
    id: 'jp.ust_share_of_foreign',
    name: 'Japan share of all foreign-held U.S. Treasuries',
    unit: 'percent',
    kind: 'share',
    category: 'holdings',
    aliases: ['share of foreign-held Treasuries'],
  },
];

/** Every weekday from `from` to `to` inclusive. */
function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/**
 * S&P 500 closes: a gentle wave around 6,700 (daily moves under 1%) for a year and a half, one
 * 12% drop on Monday 7 April 2025 (and its rebound the next day), then 6,846.61 on Thursday
 * 22 May 2025 and 6,850.92 on Friday 23 May (+4.31 points, +0.063%).
 */
const FRIDAY = '2025-05-23';
function spx(): [string, number][] {
  return weekdays('2024-01-01', FRIDAY).map((d, i): [string, number] => {
    if (d === '2025-04-07') return [d, 5900];
    if (d === '2025-05-22') return [d, 6846.61];
    if (d === FRIDAY) return [d, 6850.92];
    return [d, Math.round((6700 + 40 * Math.sin(i / 3)) * 100) / 100];
  });
}

/** Gold monthly averages from 2015: from 1,200 rising 25 a month (never more than doubling in any year). */
function gold(): [string, number][] {
  const out: [string, number][] = [];
  for (let m = 0; m < 125; m++)
    out.push([`${2015 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`, 1200 + 25 * m]);
  return out;
}

export function checksDataset(): Dataset {
  const obs = (indicator: string, period: string, value: number, unit: string) => ({
    indicator,
    period,
    value,
    unit,
    as_of: period.length === 7 ? '2026-01-20' : period,
    source: 0,
  });
  return {
    format: 1,
    version: '2026.1.1',
    snapshot: '2026-01-01',
    indicators,
    sources: [{ name: 'Synthetic figures for the checks tests', url: 'https://example.com/checks' }],
    observations: [
      obs('jp.boj_policy_rate', '2024-07-31', 0.25, 'percent'),
      obs('jp.boj_policy_rate', '2025-01-24', 0.5, 'percent'),
      obs('jp.boj_policy_rate', '2025-12-19', 0.75, 'percent'),
      obs('jp.ust_holdings', '2025-11', 1_202_700_000_000, 'USD'),
      obs('us.ust_foreign_total', '2025-11', 9_360_000_000_000, 'USD'),
      obs('jp.ust_share_of_foreign', '2025-11', 12.85, 'percent'),
      obs('idx.nikkei225', '2025-05-23', 37160.47, 'points'),
      obs('fx.usdjpy', '2025-05-23', 142.5, 'JPY per USD'),
    ],
    series: [
      { indicator: 'idx.sp500', frequency: 'daily', points: spx(), source: 0 },
      { indicator: 'cmd.gold_usd', frequency: 'monthly', points: gold(), source: 0 },
    ],
  } as unknown as Dataset;
}

let engine: Engine | null = null;

/** The claims the engine finds in `text` (one block per string), checks run. */
export function analyze(text: string | string[], published = FRIDAY): Claim[] {
  engine ??= createEngine(checksDataset());
  return engine.analyze(Array.isArray(text) ? text : [text], { published });
}

/** The one claim whose text is `numberText`. */
function claimOf(claims: Claim[], numberText: string): Claim {
  const hit = claims.filter((c) => c.text === numberText);
  if (hit.length !== 1)
    throw new Error(`${hit.length} claims "${numberText}" in: ${claims.map((c) => c.text).join(' | ')}`);
  return hit[0]!;
}

export const verdictOf = (claims: Claim[], numberText: string) =>
  claimOf(claims, numberText).judgement?.verdict ?? null;
export const wordsOf = (claims: Claim[], numberText: string) =>
  (claimOf(claims, numberText).checks ?? []).map((f) => f.words);
