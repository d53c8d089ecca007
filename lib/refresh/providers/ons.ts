import { RefreshError } from '../fetch';
import { publishedNumber } from './csv-rows';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * UK Office for National Statistics, a time series' JSON on its website (keyless):
 *   GET https://www.ons.gov.uk/economy/inflationandpriceindices/timeseries/d7g7/mm23/data
 *   → {"description":{"cdid":"D7G7",…},"years":[…],"quarters":[…],
 *      "months":[{"date":"2026 MAR","value":"3.3","year":"2026","month":"March",…},…]} (oldest first)
 * D7G7 is the CPI all-items 12-month rate in dataset MM23.
 */
const ONS_CPI_URL = 'https://www.ons.gov.uk/economy/inflationandpriceindices/timeseries/d7g7/mm23/data';
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function parseOnsMonths(text: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('ONS: the reply is not JSON');
  }
  const months = (json as { months?: unknown }).months;
  if (!Array.isArray(months)) throw new RefreshError('ONS: the reply has no months');
  const points: Point[] = [];
  for (const m of months as { date?: unknown; value?: unknown }[]) {
    const d = typeof m.date === 'string' ? /^(\d{4}) ([A-Z]{3})$/.exec(m.date) : null;
    if (!d || !MON.includes(d[2]!) || typeof m.value !== 'string')
      throw new RefreshError('ONS: a month entry is not {date "YYYY MON", value}');
    const v = publishedNumber('ONS', m.value, m.date as string);
    if (v !== null) points.push([`${d[1]}-${String(MON.indexOf(d[2]!) + 1).padStart(2, '0')}-01`, v]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const onsProvider = singleSeriesProvider({
  id: 'ons',
  label: 'UK Office for National Statistics (CPI inflation)',
  who: 'ONS',
  url: () => ONS_CPI_URL,
  accept: 'application/json',
  parse: parseOnsMonths,
  spec: {
    indicator: 'uk.cpi_yoy',
    unit: 'percent',
    shape: 'monthly',
    source: {
      name: 'Office for National Statistics, CPI annual rate (D7G7)',
      url: 'https://www.ons.gov.uk/economy/inflationandpriceindices/timeseries/d7g7/mm23',
    },
  },
});
