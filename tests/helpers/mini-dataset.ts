import type { Dataset, Indicator } from '../../lib/dataset/schema';

/**
 * A small, hand-written dataset for engine tests, so verdicts do not move when the bundled
 * dataset is rebuilt. The figures are synthetic (made up for the tests, loosely shaped like the
 * real ones) and the sources point at example.com: none of this is product data.
 */

const SRC = {
  tic: 0,
  tariff: 1,
  spx: 2,
  fx: 3,
  commodities: 4,
  nikkei: 5,
  ticRevised: 6,
} as const;

const indicators: Indicator[] = [
  {
    id: 'jp.ust_holdings',
    name: 'Japan holdings of U.S. Treasury securities',
    unit: 'USD',
    kind: 'level',
    category: 'holdings',
    aliases: ["Japan's Treasury holdings", "Japan's holdings of US Treasuries", "Japan's U.S. Treasury holdings"],
  },
  {
    id: 'cn.ust_holdings',
    name: 'China holdings of U.S. Treasury securities',
    unit: 'USD',
    kind: 'level',
    category: 'holdings',
    aliases: ["China's Treasury holdings", "China's holdings of US Treasuries", "China's U.S. Treasury holdings"],
  },
  {
    id: 'us.tariff_autos_japan',
    name: 'U.S. tariff on Japanese autos',
    unit: 'percent',
    kind: 'tariff',
    category: 'tariffs',
    aliases: ['tariff on Japanese autos', 'auto tariff'],
  },
  {
    id: 'idx.sp500',
    name: 'S&P 500 index',
    unit: 'points',
    kind: 'index',
    category: 'indices',
    aliases: ['S&P 500', 'S&P 500 index'],
  },
  {
    id: 'idx.nikkei225',
    name: 'Nikkei 225 stock index',
    unit: 'points',
    kind: 'index',
    category: 'indices',
    aliases: ['Nikkei 225', 'Nikkei'],
  },
  {
    id: 'fx.usdjpy',
    name: 'U.S. dollar / Japanese yen exchange rate',
    unit: 'JPY per USD',
    kind: 'fx',
    category: 'fx',
    aliases: ['USD/JPY', 'dollar-yen', 'yen per dollar'],
  },
  {
    id: 'cmd.gold_usd',
    name: 'Gold spot price',
    unit: 'USD per troy ounce',
    kind: 'commodity',
    category: 'commodities',
    aliases: ['gold', 'gold price', 'spot gold'],
  },
  {
    id: 'cmd.wti_usd',
    name: 'WTI crude oil price',
    unit: 'USD per barrel',
    kind: 'commodity',
    category: 'commodities',
    aliases: ['WTI', 'WTI crude', 'U.S. crude'],
  },
  {
    // In the catalogue but without a single figure yet.
    id: 'us.core_pce_yoy',
    name: 'U.S. core PCE inflation',
    unit: 'percent',
    kind: 'inflation',
    category: 'macro',
    aliases: ['core PCE', 'core PCE inflation'],
  },
];

/** Every weekday from `from` to `to` inclusive, as YYYY-MM-DD. */
function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/**
 * S&P 500 closes: flat at 5,000 until a four-session slide of exactly 12% (2 April 5,000 →
 * 8 April 4,400), a rebound to 4,900, then 5,000 on Friday 16 May and 5,100 on Friday 23 May
 * (+2% over the week of 19–23 May).
 */
const SPX_CLOSES: Record<string, number> = {
  '2025-04-03': 4800,
  '2025-04-04': 4600,
  '2025-04-07': 4500,
  '2025-04-08': 4400,
  '2025-05-16': 5000,
  '2025-05-19': 5050,
  '2025-05-20': 5100,
  '2025-05-21': 5080,
  '2025-05-22': 5060,
  '2025-05-23': 5100,
};

function spxSeries(): [string, number][] {
  return weekdays('2025-03-24', '2025-05-23').map((d) => {
    if (SPX_CLOSES[d] !== undefined) return [d, SPX_CLOSES[d]!];
    return [d, d < '2025-04-03' ? 5000 : 4900];
  });
}

export function miniDataset(): Dataset {
  return {
    format: 1,
    version: '2025.6.1',
    snapshot: '2025-06-01',
    indicators,
    sources: [
      { name: 'Synthetic TIC table', url: 'https://example.com/tic' },
      { name: 'Synthetic tariff notice', url: 'https://example.com/tariffs' },
      { name: 'Synthetic S&P closes', url: 'https://example.com/spx' },
      { name: 'Synthetic FX fixings', url: 'https://example.com/fx' },
      { name: 'Synthetic commodity prices', url: 'https://example.com/commodities' },
      { name: 'Synthetic Nikkei close', url: 'https://example.com/nikkei' },
      { name: 'Synthetic TIC table, revised', url: 'https://example.com/tic-revised' },
    ],
    observations: [
      {
        indicator: 'jp.ust_holdings',
        period: '2025-01',
        value: 1_079_300_000_000,
        unit: 'USD',
        as_of: '2025-03-18',
        source: SRC.tic,
      },
      {
        indicator: 'jp.ust_holdings',
        period: '2025-02',
        value: 1_125_900_000_000,
        unit: 'USD',
        as_of: '2025-04-16',
        source: SRC.tic,
      },
      // A later vintage of February, published after the articles dated May 2025.
      {
        indicator: 'jp.ust_holdings',
        period: '2025-02',
        value: 1_140_200_000_000,
        unit: 'USD',
        as_of: '2025-06-18',
        source: SRC.ticRevised,
      },
      {
        indicator: 'jp.ust_holdings',
        period: '2025-03',
        value: 1_130_800_000_000,
        unit: 'USD',
        as_of: '2025-05-16',
        source: SRC.tic,
      },
      {
        indicator: 'cn.ust_holdings',
        period: '2025-02',
        value: 784_300_000_000,
        unit: 'USD',
        as_of: '2025-04-16',
        source: SRC.tic,
      },
      {
        indicator: 'cn.ust_holdings',
        period: '2025-03',
        value: 765_400_000_000,
        unit: 'USD',
        as_of: '2025-05-16',
        source: SRC.tic,
      },
      // A 25% duty from 3 April 2025, cut to 15% from 16 September 2025.
      {
        indicator: 'us.tariff_autos_japan',
        period: '2025-04-03',
        value: 25,
        unit: 'percent',
        as_of: '2025-03-27',
        source: SRC.tariff,
      },
      {
        indicator: 'us.tariff_autos_japan',
        period: '2025-09-16',
        value: 15,
        unit: 'percent',
        as_of: '2025-09-16',
        source: SRC.tariff,
      },
      {
        indicator: 'fx.usdjpy',
        period: '2025-05-22',
        value: 143.9,
        unit: 'JPY per USD',
        as_of: '2025-05-22',
        source: SRC.fx,
      },
      {
        indicator: 'fx.usdjpy',
        period: '2025-05-23',
        value: 145.62,
        unit: 'JPY per USD',
        as_of: '2025-05-23',
        source: SRC.fx,
      },
      {
        indicator: 'cmd.gold_usd',
        period: '2025-05-23',
        value: 3300,
        unit: 'USD per troy ounce',
        as_of: '2025-05-23',
        source: SRC.commodities,
      },
      {
        indicator: 'cmd.wti_usd',
        period: '2025-05-23',
        value: 61.5,
        unit: 'USD per barrel',
        as_of: '2025-05-23',
        source: SRC.commodities,
      },
      // One Nikkei close only: no daily series to measure a week's change with.
      {
        indicator: 'idx.nikkei225',
        period: '2025-05-01',
        value: 36_000,
        unit: 'points',
        as_of: '2025-05-01',
        source: SRC.nikkei,
      },
    ],
    series: [{ indicator: 'idx.sp500', frequency: 'daily', points: spxSeries(), source: SRC.spx }],
  };
}
