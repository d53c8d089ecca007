import { MONTH_ABBREVIATIONS as MONTHS } from '../../months';
import type { Provider, ProviderObservation } from '../types';
import { RefreshError } from '../fetch';
import { assertPlausible } from '../plausible';
import { KEEP } from './shape';

/**
 * U.S. Treasury TIC "Major Foreign Holders of Treasury Securities", a fixed-width text table:
 *   MAJOR FOREIGN HOLDERS OF TREASURY SECURITIES / (in billions of dollars) / …
 *                   Dec     Nov  …        ← month row, newest first
 *   Country        2025    2025  …        ← year row
 *                 ------  ------
 *   Japan         1185.5  1202.7 …
 *   China, Mainland …  /  United Kingdom 2/ …  /  Grand Total …
 * Labels may carry footnote marks ("2/"). Holdings are end-of-month, in billions of dollars.
 */
const TIC_MFH_URL = 'https://ticdata.treasury.gov/Publish/mfh.txt';
const SOURCE = {
  name: 'U.S. Department of the Treasury, TIC Major Foreign Holders of Treasury Securities',
  url: TIC_MFH_URL,
};

const ROWS: { label: string; indicator: string }[] = [
  { label: 'Japan', indicator: 'jp.ust_holdings' },
  { label: 'China, Mainland', indicator: 'cn.ust_holdings' },
  { label: 'United Kingdom', indicator: 'uk.ust_holdings' },
  { label: 'Grand Total', indicator: 'us.ust_foreign_total' },
];

interface TicTable {
  /** YYYY-MM per column, as printed (newest first). */
  periods: string[];
  /** Billions of dollars per row label (footnote marks removed). */
  rows: Map<string, number[]>;
}

function parseMfh(text: string): TicTable {
  if (!/MAJOR FOREIGN HOLDERS OF TREASURY SECURITIES/i.test(text)) {
    throw new RefreshError('TIC: the reply is not the Major Foreign Holders table');
  }
  const lines = text.split(/\r?\n/);
  const monthAt = lines.findIndex((l) => {
    const t = l.trim().split(/\s+/);
    return t.length >= 1 && t.every((x) => MONTHS.includes(x));
  });
  const yearLine = monthAt >= 0 ? lines[monthAt + 1] : undefined;
  if (monthAt < 0 || !yearLine || !/^\s*Country\b/.test(yearLine))
    throw new RefreshError('TIC: no month and year header rows');
  const months = lines[monthAt]!.trim().split(/\s+/);
  const years = yearLine.trim().split(/\s+/).slice(1);
  if (years.length !== months.length || !years.every((y) => /^\d{4}$/.test(y))) {
    throw new RefreshError('TIC: the header rows do not pair months with years');
  }
  const periods = months.map((m, i) => `${years[i]}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}`);
  const rows = new Map<string, number[]>();
  for (const line of lines.slice(monthAt + 2)) {
    const m = /^\s*(.*?)\s+((?:-?[\d.]+\s+){0,40}-?[\d.]+)\s*$/.exec(line);
    if (!m) continue;
    const nums = m[2]!.trim().split(/\s+/);
    if (nums.length !== periods.length) continue;
    const label = m[1]!
      .replace(/\s*\d+\/\s*$/, '')
      .replace(/\s+\d+\/(?=\s|$)/g, '')
      .trim();
    if (!label || /^-+$/.test(label)) continue;
    const values = nums.map(Number);
    if (values.some((v) => !Number.isFinite(v)))
      throw new RefreshError(`TIC: a figure in the ${label} row is not a number`);
    rows.set(label, values);
  }
  return { periods, rows };
}

function ticObservations(t: TicTable, asOf: string): ProviderObservation[] {
  const out: ProviderObservation[] = [];
  const cols = t.periods.map((p, i) => [p, i] as const).slice(0, KEEP.periods);
  for (const { label, indicator } of ROWS) {
    const row = t.rows.get(label);
    if (!row) throw new RefreshError(`TIC: the table has no "${label}" row`);
    for (const [period, i] of cols) {
      const value = Math.round(row[i]! * 10) * 1e8; // billions with one decimal → whole dollars
      assertPlausible('TIC', indicator, 'USD', value, period);
      out.push({ indicator, period, value, unit: 'USD', as_of: asOf, source: SOURCE });
    }
  }
  const japan = t.rows.get('Japan')!;
  const total = t.rows.get('Grand Total')!;
  for (const [period, i] of cols) {
    const share = Number(((japan[i]! / total[i]!) * 100).toFixed(2));
    assertPlausible('TIC', 'jp.ust_share_of_foreign', 'percent', share, period);
    out.push({
      indicator: 'jp.ust_share_of_foreign',
      period,
      value: share,
      unit: 'percent',
      as_of: asOf,
      source: SOURCE,
      note: 'derived: Japan row ÷ Grand Total row of the same table, 2 dp',
    });
  }
  return out;
}

export const ticProvider: Provider = {
  id: 'tic',
  label: 'U.S. Treasury TIC major foreign holders (Treasury holdings by country)',
  indicators: [...ROWS.map((r) => r.indicator), 'jp.ust_share_of_foreign'],
  urls: () => [TIC_MFH_URL],
  async fetch(ctx) {
    const res = await ctx.get(ctx.resolve(TIC_MFH_URL), 'text/plain');
    if (res.status === 304) return { observations: [], unchanged: true };
    return { observations: ticObservations(parseMfh(res.text), ctx.now.toISOString().slice(0, 10)), unchanged: false };
  },
};
