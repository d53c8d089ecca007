import { RefreshError } from '../fetch';
import type { Point } from './shape';
import { singleSeriesProvider } from './single';

/**
 * World Bank Indicators API v2 (keyless), World Development Indicators:
 *   GET https://api.worldbank.org/v2/country/JPN/indicator/NE.EXP.GNFS.ZS?format=json&mrv=5
 *   → [{"page":1,"pages":1,"per_page":50,"total":5,"sourceid":"2","lastupdated":"…"},
 *      [{"indicator":{"id":"NE.EXP.GNFS.ZS",…},"countryiso3code":"JPN","date":"2023","value":21.81…,…},…]]
 *   Newest year first; value null for a year not yet estimated.
 */
const WB_JP_EXPORTS_URL = 'https://api.worldbank.org/v2/country/JPN/indicator/NE.EXP.GNFS.ZS?format=json&mrv=5';

function parseWorldBank(text: string, indicator: string, iso3: string): Point[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('World Bank: the reply is not JSON');
  }
  if (!Array.isArray(json) || json.length < 2 || !Array.isArray(json[1])) {
    const msg = Array.isArray(json) ? (json[0] as { message?: { value?: string }[] })?.message?.[0]?.value : undefined;
    throw new RefreshError(`World Bank: the reply is not [page, rows]${msg ? ` (${String(msg).slice(0, 100)})` : ''}`);
  }
  const points: Point[] = [];
  for (const r of json[1] as {
    indicator?: { id?: unknown };
    countryiso3code?: unknown;
    date?: unknown;
    value?: unknown;
  }[]) {
    if (r.indicator?.id !== indicator || r.countryiso3code !== iso3)
      throw new RefreshError(`World Bank: a row is not ${indicator} for ${iso3}`);
    if (typeof r.date !== 'string' || !/^\d{4}$/.test(r.date)) throw new RefreshError('World Bank: a row has no year');
    if (r.value === null) continue;
    if (typeof r.value !== 'number') throw new RefreshError(`World Bank: the ${r.date} value is not a number`);
    points.push([`${r.date}-01-01`, r.value]);
  }
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

export const worldBankProvider = singleSeriesProvider({
  id: 'worldbank',
  label: 'World Bank indicators (Japan exports share of GDP)',
  who: 'World Bank',
  url: () => WB_JP_EXPORTS_URL,
  accept: 'application/json',
  parse: (text) => parseWorldBank(text, 'NE.EXP.GNFS.ZS', 'JPN'),
  spec: {
    indicator: 'jp.exports_share_gdp',
    unit: 'percent',
    shape: 'annual',
    source: {
      name: 'World Bank, World Development Indicators NE.EXP.GNFS.ZS (Japan)',
      url: 'https://data.worldbank.org/indicator/NE.EXP.GNFS.ZS?locations=JP',
    },
  },
});
