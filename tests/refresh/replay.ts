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
  // p2
  [/^\/yunhq\.sse\.com\.cn:32042\/v1\/sh1\/dayk\/000001\?/, () => 'sse-dayk-000001.json'],
  [/^\/www\.hsi\.com\.hk\/data\/eng\/indexes\/00001\.00\/chart\.json$/, () => 'hsil-chart-00001.00.json'],
  [
    /^\/ecos\.bok\.or\.kr\/api\/StatisticSearch\/sample\/json\/en\/1\/10\/802Y001\/D\/\d{8}\/\d{8}\/0001000$/,
    () => 'ecos-802Y001-0001000.json',
  ],
  // p3
  [/^\/prices\.lbma\.org\.uk\/json\/(gold_pm|silver)\.json$/, (m) => `lbma-${m[1]}.json`],
  [
    /^\/www\.federalreserve\.gov\/monetarypolicy\/timeline-statement-on-longer-run-goals-and-monetary-policy-strategy\.htm$/,
    () => 'fomc-goals-timeline.htm',
    { 'content-type': 'text/html; charset=utf-8' },
  ],
  [/^\/www\.boj\.or\.jp\/en\/mopo\/outline\/target\.htm$/, () => 'boj-target.htm', { 'content-type': 'text/html' }],
  [/^\/www\.federalregister\.gov\/api\/v1\/documents\/2025-17389\.json$/, () => 'fedreg-2025-17389.json'],
  [
    /^\/www\.federalregister\.gov\/documents\/full_text\/text\/2025\/09\/09\/2025-17389\.txt$/,
    () => 'fedreg-2025-17389.txt',
    { 'content-type': 'text/plain; charset=utf-8' },
  ],
  // stoxx
  [
    /^\/www\.stoxx\.com\/document\/Indices\/Current\/HistoricalData\/(h_3msx5e|h_3mdax)\.txt$/,
    (m) => `stoxx-${m[1]}.txt`,
    { 'content-type': 'text/plain' },
  ],
  // euronext
  [
    /^\/live\.euronext\.com\/en\/ajax\/AwlHistoricalPrice\/getFullDownloadAjax\/(FR0003500008-XPAR)\?/,
    (m) => `euronext-${m[1]}.csv`,
    { 'content-type': 'text/csv;charset=UTF-8' },
  ],
  // estat
  [
    /^\/dashboard\.e-stat\.go\.jp\/api\/1\.0\/Json\/getData\?Lang=EN&IndicatorCode=(\d{19})&/,
    (m) => `estat-${m[1]}.json`,
    { 'content-type': 'application/json;charset=UTF-8' },
  ],
  // v1
  [
    /^\/www\.stats\.gov\.cn\/english\/PressRelease\/$/,
    () => 'nbs-pressrelease-list.htm',
    { 'content-type': 'text/html' },
  ],
  [
    /^\/www\.stats\.gov\.cn\/english\/PressRelease\/202604\/t20260416_1963390\.html$/,
    () => 'nbs-gdp-2026q1.htm',
    { 'content-type': 'text/html' },
  ],
  [
    /^\/www\.jpx\.co\.jp\/automation\/markets\/indices\/related\/report\/files\/monthlyindexreport_j\.csv$/,
    () => 'jpx-monthlyindexreport_j.csv',
    { 'content-type': 'text/csv' },
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
