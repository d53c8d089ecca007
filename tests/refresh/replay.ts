import { payload, type Route } from './server';

/**
 * Which recorded payload answers which provider request, by the path a test build or
 * `--base` run asks for (`/host/path?query`). Query strings that only carry dates (cosd,
 * startPeriod, …) are ignored, so the replay works whatever day the test runs.
 */
const TABLE: [RegExp, (m: RegExpExecArray) => string, Record<string, string>?][] = [
  [
    /^\/fred\.stlouisfed\.org\/graph\/fredgraph\.csv\?id=([A-Z0-9]+)/,
    (m) => `fred-${m[1]}.csv`,
    { 'content-type': 'text/csv' },
  ],
  [/^\/ticdata\.treasury\.gov\/Publish\/mfh\.txt$/, () => 'tic-mfh.txt', { 'content-type': 'text/plain' }],
  [/^\/data-api\.ecb\.europa\.eu\/service\/data\/FM\//, () => 'ecb-data-FM-DFR.csv'],
  [/^\/data-api\.ecb\.europa\.eu\/service\/data\/ICP\//, () => 'ecb-data-ICP-HICP.csv'],
  [/^\/data-api\.ecb\.europa\.eu\/service\/data\/MNA\//, () => 'ecb-data-MNA-GDP.csv'],
  [/^\/api\.bls\.gov\/publicAPI\/v1\/timeseries\/data\/([A-Z0-9]+)$/, (m) => `bls-${m[1]}.json`],
  [/^\/www\.stat-search\.boj\.or\.jp\/api\/v1\/getDataCode\?/, () => 'boj-IR01-MADR1Z.json'],
  [/^\/www\.bankofengland\.co\.uk\/boeapps\/database\//, () => 'boe-IUDBEDR.csv'],
  [/^\/www\.bankofcanada\.ca\/valet\/observations\/V39079\/json/, () => 'boc-valet-V39079.json'],
  [/^\/www\.rba\.gov\.au\/statistics\/tables\/csv\/f1-data\.csv$/, () => 'rba-f1-data.csv'],
  [/^\/data\.snb\.ch\/api\/cube\/snbgwdzid\/data\/csv\/en$/, () => 'snb-snbgwdzid.csv'],
  [/^\/www\.mof\.go\.jp\/english\/policy\/jgbs\/reference\/interest_rate\/jgbcme\.csv$/, () => 'mof-jgbcme.csv'],
  [/^\/www\.ons\.gov\.uk\/economy\/inflationandpriceindices\/timeseries\/d7g7\/mm23\/data$/, () => 'ons-d7g7.json'],
  [
    /^\/api\.worldbank\.org\/v2\/country\/JPN\/indicator\/NE\.EXP\.GNFS\.ZS\?/,
    () => 'worldbank-JPN-NE.EXP.GNFS.ZS.json',
  ],
  [
    /^\/api\.statistiken\.bundesbank\.de\/rest\/download\/BBSIS\/D\.I\.ZST\.ZI\.EUR\.S1311\.B\.A604\.R10XX\./,
    () => 'bundesbank-R10XX.csv',
  ],
  [/^\/www\.chinamoney\.com\.cn\/ags\/ms\/cm-u-bk-currency\/LprHis\?/, () => 'cfets-lprhis.json'],
  [/^\/www\.ecb\.europa\.eu\/stats\/eurofxref\/eurofxref-daily\.xml$/, () => 'ecb-eurofxref-daily-2024-06-28.xml'],
  [
    /^\/home\.treasury\.gov\/resource-center\/data-chart-center\/interest-rates\/pages\/xml\?/,
    () => 'treasury-par-yield-2025-03.xml',
  ],
  [
    /^\/api\.coinbase\.com\/v2\/prices\/(BTC|ETH)-USD\/spot$/,
    (m) => `coinbase-spot-${m[1]}-USD.json`,
    { date: 'Fri, 09 Feb 2024 18:30:00 GMT', 'content-type': 'application/json' },
  ],
  // estat
  [
    /^\/dashboard\.e-stat\.go\.jp\/api\/1\.0\/Json\/getData\?Lang=EN&IndicatorCode=(\d{19})&/,
    (m) => `estat-${m[1]}.json`,
    { 'content-type': 'application/json;charset=UTF-8' },
  ],
];

/** The recorded file name for a request path, or null when no provider asks for it. */
export function payloadFile(path: string): string | null {
  for (const [re, name] of TABLE) {
    const m = re.exec(path);
    if (m) return name(m);
  }
  return null;
}

/** A server fallback answering every provider request from the recordings. */
export function replay(path: string): Route | undefined {
  for (const [re, name, headers] of TABLE) {
    const m = re.exec(path);
    if (m) return { body: payload(name(m)), headers };
  }
  return undefined;
}
