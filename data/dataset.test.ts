import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset/schema';
import { validateDataset } from '../lib/dataset/validate';
import { coverage } from './coverage';
import { buildFromDir, serializeDataset } from './load';
import { primaryShare } from './primary-share';

const root = join(import.meta.dirname, '..');
const built = buildFromDir(join(root, 'data'), root);
const ds = built.dataset as Dataset;

/** The newest vintage of (indicator, period) known on `date`. */
function vintageAt(indicator: string, period: string, date: string) {
  return ds.observations
    .filter(
      (o) =>
        o.indicator === indicator && o.period === period && (o.as_of.length === 7 ? `${o.as_of}-01` : o.as_of) <= date,
    )
    .sort((a, b) => a.as_of.localeCompare(b.as_of))
    .at(-1);
}
/** A close on `date` from a series or an observation. */
function closeOn(indicator: string, date: string): number | undefined {
  for (const s of ds.series.filter((x) => x.indicator === indicator && x.frequency === 'daily')) {
    const p = s.points.find(([d]) => d === date);
    if (p) return p[1];
  }
  return ds.observations.find((o) => o.indicator === indicator && o.period === date)?.value;
}
/** The step-function value in force on `date` (period = effective date; none after valid_to). */
function inForce(indicator: string, date: string): number | undefined {
  return ds.observations
    .filter(
      (o) =>
        o.indicator === indicator &&
        o.period.length === 10 &&
        o.period <= date &&
        o.as_of <= date &&
        !(o.valid_to && o.valid_to < date),
    )
    .sort((a, b) => a.period.localeCompare(b.period) || a.as_of.localeCompare(b.as_of))
    .at(-1)?.value;
}

describe('the project dataset', () => {
  it('builds from data/ without errors and passes validateDataset', () => {
    expect(built.errors).toEqual([]);
    expect(validateDataset(JSON.parse(JSON.stringify(ds))).ok).toBe(true);
  });

  it('public/dataset.json is up to date with data/ (run `npm run data`)', () => {
    const onDisk = readFileSync(join(root, 'public', 'dataset.json'), 'utf8');
    expect(onDisk === serializeDataset(ds)).toBe(true);
  });

  it('stays within the size budget', () => {
    expect(serializeDataset(ds).length).toBeLessThan(1_100_000);
  });

  it('meets the coverage bar: >=90% indicators sourced, >=80% with a figure from 2025-09 or later', () => {
    const { summary } = coverage(ds);
    expect(summary.indicators).toBeGreaterThanOrEqual(60);
    expect(summary.observationShare).toBeGreaterThanOrEqual(0.9);
    expect(summary.recentShare).toBeGreaterThanOrEqual(0.8);
  });

  it('gives each claim of the seed article (published 2025-05-03) a reference figure', () => {
    const published = '2025-05-03';
    // "$1.13 trillion in U.S. Treasury holdings": February 2025 TIC figure as published before the article.
    expect(vintageAt('jp.ust_holdings', '2025-02', published)?.value).toBeCloseTo(1.1259e12, -9);
    // "Foreign holdings of Treasuries rose 3.4%" (February 2025 vs January).
    const feb = vintageAt('us.ust_foreign_total', '2025-02', published)!.value;
    const jan = vintageAt('us.ust_foreign_total', '2025-01', published)!.value;
    expect(((feb / jan - 1) * 100).toFixed(1)).toBe('3.4');
    // "12% of all foreign-held U.S. debt".
    expect(vintageAt('jp.ust_share_of_foreign', '2025-02', published)).toBeDefined();
    // Nikkei week and year-to-date: closes at the end of 2024 and around the article.
    expect(closeOn('idx.nikkei225', '2024-12-30')).toBeDefined();
    // Closes around the article: the week before (the 25 April close as the Reuters Japanese service
    // printed it; the English copy's 37,705.74 is a typo, see data/SOURCES.md) and the week of it.
    expect(closeOn('idx.nikkei225', '2025-04-25')).toBeCloseTo(35705.74, 2);
    expect(closeOn('idx.nikkei225', '2025-05-01')).toBeDefined();
    expect(closeOn('idx.nikkei225', '2025-05-02')).toBeCloseTo(36830.69, 2);
    // Tariffs: 24% announced for Japan, 25% on autos.
    expect(ds.observations.some((o) => o.indicator === 'us.tariff_japan_reciprocal' && o.value === 24)).toBe(true);
    expect(inForce('us.tariff_autos_japan', published)).toBe(25);
    // "the yen weakened to 145.62".
    expect(closeOn('fx.usdjpy', '2025-05-02')).toBeDefined();
    // BOJ at 0.5% after the January 2025 hike; the 2% target.
    expect(inForce('jp.boj_policy_rate', published)).toBe(0.5);
    expect(ds.observations.some((o) => o.indicator === 'jp.boj_inflation_target' && o.value === 2)).toBe(true);
    // "exports, which account for 18% of GDP": the World Bank's share for a year before the article.
    const share = ds.observations.find((o) => o.indicator === 'jp.exports_share_gdp');
    expect(share && Number(share.period) < 2025 && share.value > 10 && share.value < 30).toBe(true);
    // "S&P 500 drop of 12%" over four sessions to 2025-04-08.
    const a = closeOn('idx.sp500', '2025-04-02')!;
    const b = closeOn('idx.sp500', '2025-04-08')!;
    expect(Math.round((b / a - 1) * 100)).toBe(-12);
    // "GDP contracted 0.2% in Q1 2025" (first estimate) and its revision.
    expect(
      ds.observations.filter((o) => o.indicator === 'jp.gdp_growth_qoq' && o.period === '2025-Q1').map((o) => o.value),
    ).toEqual([-0.2, 0]);
    // "wage growth (3.5% annually)".
    expect(ds.observations.some((o) => o.indicator === 'jp.wage_growth')).toBe(true);
  });

  it('cites publisher pages: every series and every observation (copies are in via)', () => {
    const share = primaryShare(ds);
    expect(share.primarySeries).toBe(share.series);
    expect(share.primaryObservations).toBe(share.observations);
  });

  it('ends step indicators: a value is not in force after the next decision, an expiry or a strike-down', () => {
    const kinds = new Map(ds.indicators.map((i) => [i.id, i.kind]));
    const steps = ds.observations.filter(
      (o) => (kinds.get(o.indicator) === 'rate' || kinds.get(o.indicator) === 'tariff') && o.period.length === 10,
    );
    for (const o of steps) {
      // A rate announced but never applied ends on its own announcement day and does not cut short the one in force.
      const next = steps.find((x) => x.indicator === o.indicator && x.period > o.period && x.valid_to !== x.period);
      if (o.valid_to) expect(!next || o.valid_to < next.period || o.valid_to === o.period).toBe(true);
    }
    // The IEEPA reciprocal and universal tariffs stopped on 2026-02-23 (collection ended at midnight before
    // 2026-02-24); the Section 122 surcharge that replaced them ran to 2026-07-23.
    expect(inForce('us.tariff_baseline', '2026-01-15')).toBe(10);
    expect(inForce('us.tariff_baseline', '2026-05-01')).toBe(10);
    expect(inForce('us.tariff_baseline', '2026-11-20')).toBeUndefined();
    expect(inForce('us.tariff_japan_reciprocal', '2025-10-01')).toBe(15);
    expect(inForce('us.tariff_japan_reciprocal', '2026-11-20')).toBeUndefined();
    // The 25% letter rate of 2025-07-07 was never applied: 10% stayed in force until 2025-08-06.
    expect(inForce('us.tariff_japan_reciprocal', '2025-07-20')).toBe(10);
    // The Section 232 auto tariff at 15% stands.
    expect(inForce('us.tariff_autos_japan', '2026-11-20')).toBe(15);
    // A policy rate ends the day before the next decision.
    expect(inForce('us.fed_funds_target_upper', '2025-09-16')).toBe(4.5);
    expect(inForce('us.fed_funds_target_upper', '2025-09-18')).toBe(4.25);
  });

  it('keeps first prints and revisions as vintages: the figure as known on a date', () => {
    // "China held $730.7 billion in July" was right when the July 2025 TIC figures came out; later revised.
    expect(vintageAt('cn.ust_holdings', '2025-07', '2025-10-15')?.value).toBe(730.7e9);
    expect(vintageAt('cn.ust_holdings', '2025-07', '2026-06-01')?.value).toBe(695.6e9);
    // Nothing for July 2025 was published in August 2025.
    expect(vintageAt('cn.ust_holdings', '2025-07', '2025-08-20')).toBeUndefined();
    // April 2025 payrolls: +177,000 in the release of 2025-05-02.
    expect(vintageAt('us.nonfarm_payrolls', '2025-04', '2025-05-02')?.value).toBe(177000);
    expect(vintageAt('us.nonfarm_payrolls', '2025-04', '2025-05-01')).toBeUndefined();
    // March 2025 payrolls: 228,000 first, 185,000 after the next release.
    expect(vintageAt('us.nonfarm_payrolls', '2025-03', '2025-04-20')?.value).toBe(228000);
    expect(vintageAt('us.nonfarm_payrolls', '2025-03', '2025-05-03')?.value).toBe(185000);
  });
});
