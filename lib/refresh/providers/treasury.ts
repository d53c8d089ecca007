import type { Provider, ProviderObservation } from '../types';
import { RefreshError } from '../fetch';

/**
 * U.S. Treasury Daily Treasury Par Yield Curve Rates, as the month's XML feed (an Atom feed of
 * OData entries: <m:properties> with <d:NEW_DATE>YYYY-MM-DDT00:00:00</d:NEW_DATE> and one
 * <d:BC_…> element per maturity, e.g. <d:BC_10YEAR>). These are the CMT yields the Federal
 * Reserve republishes in H.15 (FRED DGS2 / DGS10). Keyless; the only parameter is the month.
 */
const FEED = 'https://home.treasury.gov/resource-center/data-chart-center/interest-rates/pages/xml';

export function treasuryMonthUrl(year: number, month: number): string {
  const ym = `${year}${String(month).padStart(2, '0')}`;
  return `${FEED}?data=daily_treasury_yield_curve&field_tdr_date_value_month=${ym}`;
}

const MATURITIES: { tag: string; indicator: string }[] = [
  { tag: 'BC_2YEAR', indicator: 'us.ust_2y_yield' },
  { tag: 'BC_10YEAR', indicator: 'us.ust_10y_yield' },
];

export interface TreasuryDay {
  date: string;
  yields: Record<string, number>;
}

/** Reads the month's feed into days (possibly none early in a month). */
export function parseTreasuryXml(xml: string): TreasuryDay[] {
  if (!/DailyTreasuryYieldCurveRateData|daily_treasury_yield_curve/.test(xml)) {
    throw new RefreshError('Treasury: the reply is not the daily par yield curve feed');
  }
  const days: TreasuryDay[] = [];
  for (const block of xml.matchAll(/<m:properties\b[^>]*>([\s\S]*?)<\/m:properties>/g)) {
    const body = block[1];
    const date = /<d:NEW_DATE\b[^>]*>(\d{4}-\d{2}-\d{2})T[\d:.]+Z?<\/d:NEW_DATE>/.exec(body)?.[1];
    if (!date) throw new RefreshError('Treasury: an entry has no readable NEW_DATE');
    const yields: Record<string, number> = {};
    for (const { tag } of MATURITIES) {
      const m = new RegExp(`<d:${tag}\\b[^>]*>([^<]*)</d:${tag}>`).exec(body);
      if (!m || m[1].trim() === '') continue; // maturity not published that day (m:null="true")
      const v = /^-?\d+(?:\.\d+)?$/.test(m[1].trim()) ? Number(m[1]) : NaN;
      if (!Number.isFinite(v)) throw new RefreshError(`Treasury: ${tag} on ${date} is not a number`);
      yields[tag] = v;
    }
    days.push({ date, yields });
  }
  return days;
}

function treasuryObservations(days: TreasuryDay[], sourceUrl: string): ProviderObservation[] {
  const source = { name: 'U.S. Department of the Treasury, Daily Treasury Par Yield Curve Rates', url: sourceUrl };
  const out: ProviderObservation[] = [];
  for (const day of days) {
    for (const { tag, indicator } of MATURITIES) {
      const value = day.yields[tag];
      if (value === undefined) continue;
      out.push({ indicator, period: day.date, value, unit: 'percent', as_of: day.date, source });
    }
  }
  return out;
}

/** This month, and last month too during a month's first week (the new month may have no entries yet). */
function months(now: Date): [number, number][] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const list: [number, number][] = [[y, m]];
  if (now.getUTCDate() <= 7) list.push(m === 1 ? [y - 1, 12] : [y, m - 1]);
  return list;
}

export const treasuryProvider: Provider = {
  id: 'treasury',
  label: 'U.S. Treasury par yield curve (2- and 10-year yields)',
  indicators: MATURITIES.map((m) => m.indicator),
  urls: (now) => months(now).map(([y, m]) => treasuryMonthUrl(y, m)),
  async fetch(ctx) {
    const observations: ProviderObservation[] = [];
    let unchanged = true;
    for (const url of treasuryProvider.urls(ctx.now)) {
      const res = await ctx.get(ctx.resolve(url), 'application/xml, application/atom+xml, text/xml');
      if (res.status === 304) continue;
      unchanged = false;
      observations.push(...treasuryObservations(parseTreasuryXml(res.text), url));
    }
    return { observations, unchanged };
  },
};
