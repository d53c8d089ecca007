import { afterEach, describe, expect, it } from 'vitest';
import { resolveSourceUrl } from '../../lib/refresh/config';
import { fetchWithLimits } from '../../lib/refresh/fetch';
import { PROVIDERS } from '../../lib/refresh/providers';
import type { ProviderContext, ProviderId, ProviderOutcome } from '../../lib/refresh/types';
import { payload, startServer, trustingFetch, type Route } from './server';
import { payloadFile, replay } from './replay';

/**
 * Every provider against a real HTTP server on 127.0.0.1 replaying its recorded payloads: the
 * normal reply, an empty reply, a changed format, an absurd figure and a timeout.
 */
const NOW = new Date('2026-08-24T12:00:00Z');

type Srv = Awaited<ReturnType<typeof startServer>>;
let srv: Srv | null = null;
afterEach(async () => {
  await srv?.close();
  srv = null;
});

/** Serves the recordings, with `edit` applied to the files for which `which` is true. */
async function serveEdited(
  which: (file: string) => boolean,
  edit: (body: string) => string,
  extra: Partial<Route> = {},
) {
  srv = await startServer({}, (path) => {
    const file = payloadFile(path);
    if (file && which(file)) return { body: edit(payload(file)), ...extra };
    return replay(path);
  });
  return srv;
}

function ctx(base: string, timeoutMs = 5000): ProviderContext {
  return {
    now: NOW,
    get: (url, accept, encoding) => fetchWithLimits(url, { accept, encoding, timeoutMs, fetchImpl: trustingFetch }),
    resolve: (u) => resolveSourceUrl(u, base),
  };
}

async function run(id: ProviderId, base: string, timeoutMs?: number): Promise<ProviderOutcome> {
  return PROVIDERS[id].fetch(ctx(base, timeoutMs));
}

const figure = (o: ProviderOutcome, indicator: string, period: string) =>
  o.observations.find((x) => x.indicator === indicator && x.period === period);

interface Case {
  id: ProviderId;
  /** Payload files of this provider. */
  files: RegExp;
  /** The one file the format and value edits apply to. */
  target: string;
  normal: [indicator: string, period: string, value: number][];
  changed: (body: string) => string;
  changedError: RegExp;
  absurd: (body: string) => string;
}

const CASES: Case[] = [
  {
    id: 'fred',
    files: /^fred-/,
    target: 'fred-DGS10.csv',
    normal: [
      ['us.ust_10y_yield', '2026-08-20', 4.69],
      ['us.fed_funds_target_upper', '2025-12-11', 3.75],
      ['us.nonfarm_payrolls', '2026-07', -23000],
      ['us.unemployment_rate', '2026-07', 4.1],
      ['us.gdp_growth_saar', '2026-Q1', 2.1],
      ['fx.usdjpy', '2026-05-15', 158.69],
      ['cmd.brent_usd', '2026-08-18', 95.29],
    ],
    changed: (b) => b.replace('observation_date,DGS10', 'date;DGS10').replace(/,/g, ';'),
    changedError: /DGS10: FRED: the reply for DGS10 is not a FRED graph CSV/,
    absurd: (b) => b.replace(/2026-08-20,4\.69/, '2026-08-20,469'),
  },
  {
    id: 'tic',
    files: /^tic-/,
    target: 'tic-mfh.txt',
    normal: [
      ['jp.ust_holdings', '2025-12', 1185500000000],
      ['cn.ust_holdings', '2025-11', 683900000000],
      ['uk.ust_holdings', '2025-12', 863100000000],
      ['us.ust_foreign_total', '2025-12', 9270000000000],
      ['jp.ust_share_of_foreign', '2025-12', 12.79],
    ],
    changed: (b) => b.replace('Grand Total', 'Total Holdings'),
    changedError: /TIC: the table has no "Grand Total" row/,
    absurd: (b) => b.replace('1185.5', '1185500.0'),
  },
  {
    id: 'ecb-data',
    files: /^ecb-data-/,
    target: 'ecb-data-FM-DFR.csv',
    normal: [
      ['ea.ecb_deposit_rate', '2025-06-11', 2],
      ['ea.hicp_yoy', '2026-03', 2.5],
      ['ea.gdp_growth_qoq', '2026-Q1', 0.1],
    ],
    changed: (b) => b.replace('OBS_VALUE', 'VALUE'),
    changedError: /ECB data: the reply for FM\.B\.U2\.EUR\.4F\.KR\.DFR\.LEV is not SDMX csvdata/,
    absurd: (b) => b.replace(/2025-06-11,2$/m, '2025-06-11,200'),
  },
  {
    id: 'bls',
    files: /^bls-/,
    target: 'bls-LNS14000000.json',
    normal: [
      ['us.cpi_yoy', '2026-07', 3.4],
      ['us.nonfarm_payrolls', '2026-07', -23000],
      ['us.unemployment_rate', '2026-07', 4.1],
    ],
    changed: (b) => b.replace('"Results"', '"results"'),
    changedError: /BLS: the reply has no series LNS14000000/,
    absurd: (b) => b.replace('"value":"4.1"', '"value":"410"'),
  },
  {
    id: 'boj',
    files: /^boj-/,
    target: 'boj-IR01-MADR1Z.json',
    normal: [['jp.boj_policy_rate', '2025-12-19', 0.75]],
    changed: (b) => b.replace('SURVEY_DATES', 'DATES'),
    changedError: /BoJ: the reply has no dated values for MADR1Z@D/,
    absurd: (b) => b.replace(',1,1]', ',100,100]'),
  },
  {
    id: 'boe',
    files: /^boe-/,
    target: 'boe-IUDBEDR.csv',
    normal: [['uk.boe_bank_rate', '2025-12-18', 3.75]],
    changed: (b) => b.replace('DATE,IUDBEDR', 'Date,Bank Rate'),
    changedError: /BoE: the reply is not an IADB CSV of IUDBEDR/,
    absurd: (b) => b.replace('18 Jun 2026,3.75', '18 Jun 2026,375'),
  },
  {
    id: 'boc',
    files: /^boc-/,
    target: 'boc-valet-V39079.json',
    normal: [['ca.boc_policy_rate', '2025-10-29', 2.25]],
    changed: (b) => b.replaceAll('{"v":', '{"value":'),
    changedError: /BoC: the observation of 2025-10-28 has no V39079 value/,
    absurd: (b) => b.replaceAll('"2.25"', '"225"'),
  },
  {
    id: 'rba',
    files: /^rba-/,
    target: 'rba-f1-data.csv',
    normal: [['au.rba_cash_rate', '2026-02-03', 3.85]],
    changed: (b) => b.replace('Series ID', 'Series'),
    changedError: /RBA: the reply is not table F1 with series FIRMMCRTD/,
    absurd: (b) => b.replace('03-Feb-2026,3.85', '03-Feb-2026,385'),
  },
  {
    id: 'snb',
    files: /^snb-/,
    target: 'snb-snbgwdzid.csv',
    normal: [['ch.snb_policy_rate', '2025-06-20', 0]],
    changed: (b) => b.replace('"Date";"D0";"Value"', '"Date","D0","Value"'),
    changedError: /SNB: the reply is not the snbgwdzid cube CSV/,
    absurd: (b) => b.replace('"2025-09-26";"LZ";"0.00"', '"2025-09-26";"LZ";"500.00"'),
  },
  {
    id: 'mof-jgb',
    files: /^mof-/,
    target: 'mof-jgbcme.csv',
    normal: [['jp.jgb_10y_yield', '2026-01-06', 2.13]],
    changed: (b) => b.replace('2026/1/6', '06-Jan-2026'),
    changedError: /MOF: "06-Jan-2026" is not a date/,
    absurd: (b) => b.replace(',2.13,', ',213,'),
  },
  {
    id: 'ons',
    files: /^ons-/,
    target: 'ons-d7g7.json',
    normal: [
      ['uk.cpi_yoy', '2026-03', 3.3],
      ['uk.cpi_yoy', '2026-02', 3],
    ],
    changed: (b) => b.replaceAll('"date":"2026 ', '"date":"2026-'),
    changedError: /ONS: a month entry is not \{date "YYYY MON", value\}/,
    absurd: (b) => b.replace('"value":"3.3"', '"value":"330"'),
  },
  {
    id: 'worldbank',
    files: /^worldbank-/,
    target: 'worldbank-JPN-NE.EXP.GNFS.ZS.json',
    normal: [['jp.exports_share_gdp', '2023', 21.8105445779804]],
    changed: (b) => JSON.stringify(JSON.parse(b)[1]),
    changedError: /World Bank: the reply is not \[page, rows\]/,
    absurd: (b) => b.replace('21.8105445779804', '2181.05445779804'),
  },
  {
    id: 'bundesbank',
    files: /^bundesbank-/,
    target: 'bundesbank-R10XX.csv',
    normal: [
      ['de.bund_10y_yield', '2026-03-06', 2.8567],
      ['de.bund_10y_yield', '2026-01-02', 2.877],
    ],
    changed: (b) => b.replace(',BBSIS.D.I.ZST', ',D.I.ZST'),
    changedError: /Bundesbank: the reply is not the CSV of the 10-year Bund yield series/,
    absurd: (b) => b.replace('2026-03-06,2.8567', '2026-03-06,285.67'),
  },
  {
    id: 'cfets',
    files: /^cfets-/,
    target: 'cfets-lprhis.json',
    normal: [
      ['cn.lpr_1y', '2026-01-20', 3],
      ['cn.lpr_1y', '2025-01-20', 3.1],
    ],
    changed: (b) => b.replaceAll('"showDateCN"', '"date"'),
    changedError: /CFETS: a record is not \{showDateCN, 1Y\}/,
    absurd: (b) => b.replace('"1Y":"3.00"', '"1Y":"300"'),
  },
  // p2
  {
    id: 'sse',
    files: /^sse-/,
    target: 'sse-dayk-000001.json',
    normal: [['idx.shanghai_composite', '2025-10-27', 3890]],
    changed: (b) => b.replace('"kline"', '"line"'),
    changedError: /SSE: the reply is not the day bars of index 000001/,
    absurd: (b) => b.replace('[20251027,3890]', '[20251027,38900]'),
  },
  {
    id: 'hsil',
    files: /^hsil-/,
    target: 'hsil-chart-00001.00.json',
    normal: [
      ['idx.hang_seng', '2026-01-02', 26338.47],
      ['idx.hang_seng', '2026-03-06', 25757.29],
    ],
    changed: (b) => b.replace('[1767283200000,26338.47]', '{"t":1767283200000,"v":26338.47}'),
    changedError: /HSIL: a chart point is not \[epoch ms, level\]/,
    absurd: (b) => b.replace(',26338.47]', ',263384.7]'),
  },
  {
    id: 'ecos',
    files: /^ecos-/,
    target: 'ecos-802Y001-0001000.json',
    normal: [
      ['idx.kospi', '2026-01-06', 4525.48],
      ['idx.kospi', '2026-01-16', 4840.74],
    ],
    changed: (b) => b.replaceAll('"TIME":"2026', '"TIME":"2026-'),
    changedError: /ECOS: a row is not \{TIME YYYYMMDD, DATA_VALUE\}/,
    absurd: (b) => b.replace('"4840.74"', '"48407.4"'),
  },
  // p3
  {
    id: 'lbma',
    files: /^lbma-/,
    target: 'lbma-gold_pm.json',
    normal: [
      ['cmd.gold_usd', '2026-01-26', 5096.6],
      ['cmd.gold_usd', '2026-06-23', 4105],
      ['cmd.silver_usd', '2026-01-02', 74.14],
    ],
    changed: (b) => b.replaceAll('"d":', '"date":'),
    changedError: /LBMA: an entry of gold_pm\.json is not \{d, v\}/,
    absurd: (b) => b.replace('[5096.6,', '[509660,'),
  },
  {
    id: 'fomc-goals',
    files: /^fomc-goals-/,
    target: 'fomc-goals-timeline.htm',
    normal: [['us.fed_inflation_target', '2012-01-25', 2]],
    changed: (b) => b.replace('inflation at a rate of 2 percent', 'price stability'),
    changedError: /Fed longer-run goals page: the sentence stating the inflation goal is not on the page/,
    absurd: (b) => b.replace('at a rate of 2 percent, measured', 'at a rate of 20 percent, measured'),
  },
  {
    id: 'boj-target',
    files: /^boj-target/,
    target: 'boj-target.htm',
    normal: [['jp.boj_inflation_target', '2013-01', 2]],
    changed: (b) => b.replace('(CPI), in January 2013', '(CPI)'),
    changedError: /BoJ target page: the target sentence no longer says when it was set/,
    absurd: (b) => b.replace('at 2 percent', 'at 25 percent'),
  },
  {
    id: 'fedreg',
    files: /^fedreg-/,
    target: 'fedreg-2025-17389.txt',
    normal: [['jp.us_investment_pledge', '2025-09-04', 550e9]],
    changed: (b) => b.replace('invest $550 billion', 'put money'),
    changedError: /Federal Register: the order text no longer states an investment amount/,
    absurd: (b) => b.replace('$550 billion', '$550 trillion'),
  },
  // stoxx
  {
    id: 'stoxx',
    files: /^stoxx-/,
    target: 'stoxx-h_3msx5e.txt',
    normal: [
      ['idx.stoxx50', '2026-03-06', 5768.06],
      ['idx.stoxx50', '2026-01-02', 5831.75],
      ['idx.dax', '2026-03-06', 23813.59],
    ],
    changed: (b) => b.replace('06.03.2026;SX5E;5768.06;', '06.03.2026;SX5E;5768,06;'),
    changedError: /STOXX: "5768,06" at SX5E 2026-03-06 is not an index level/,
    absurd: (b) => b.replace('06.03.2026;SX5E;5768.06;', '06.03.2026;SX5E;576806.00;'),
  },
  // euronext
  {
    id: 'euronext',
    files: /^euronext-/,
    target: 'euronext-FR0003500008-XPAR.csv',
    normal: [
      ['idx.cac40', '2026-01-16', 8258.94],
      ['idx.cac40', '2025-12-22', 8121.07],
    ],
    changed: (b) => b.replace('16/01/2026;', '2026-01-16;'),
    changedError: /Euronext: "2026-01-16" is not a dd\/mm\/yyyy date/,
    absurd: (b) => b.replace(';8258.94;', ';825894.00;'),
  },
  // estat
  {
    id: 'estat',
    files: /^estat-/,
    target: 'estat-0705020501000040000.json',
    normal: [
      ['jp.core_cpi_yoy', '2026-03', 1.8],
      ['jp.core_cpi_yoy', '2026-02', 1.6],
      ['jp.gdp_growth_qoq', '2026-Q1', 0.5],
      ['jp.gdp_growth_qoq', '2025-Q4', 0.2],
      ['jp.gdp_growth_annualized', '2026-Q1', 2.1],
      ['jp.gdp_growth_annualized', '2025-Q4', 0.8],
    ],
    changed: (b) => b.replace('"DATA_OBJ"', '"DATA"'),
    changedError: /e-Stat: the reply for 0705020501000040000 has no DATA_OBJ/,
    absurd: (b) => b.replace('"$":"0.5"', '"$":"500"'),
  },
  // v1
  {
    id: 'nbs',
    files: /^nbs-/,
    target: 'nbs-gdp-2026q1.htm',
    normal: [
      ['cn.gdp_growth_yoy', '2026-Q1', 5],
      ['cn.gdp_growth_yoy', '2025-Q4', 4.5],
    ],
    changed: (b) => b.replace('Table 2 Year-on-Year Growth Rate of GDP', 'Table 2 Growth of GDP'),
    changedError: /NBS GDP release: no table after the caption "Year-on-Year Growth Rate of GDP"/,
    absurd: (b) => b.replace('<td>2026</td><td>5.0</td>', '<td>2026</td><td>50.0</td>'),
  },
  {
    id: 'jpx',
    files: /^jpx-/,
    target: 'jpx-monthlyindexreport_j.csv',
    normal: [['idx.topix', '2025-12-30', 3408.97]],
    changed: (b) => b.replace('20251230,', '2025/12/30,'),
    changedError: /JPX: the reply is not the monthly index report \(no TOPIX row dated YYYYMMDD\)/,
    absurd: (b) => b.replace(',3408.97', ',340897'),
  },
];

describe.each(CASES)('provider $id', (c) => {
  it('normal reply: figures for the catalogue indicators, each with an https source', async () => {
    const s = await serveEdited(
      () => false,
      (b) => b,
    );
    const out = await run(c.id, s.base);
    expect(out.unchanged).toBe(false);
    expect(out.problems ?? []).toEqual([]);
    for (const [indicator, period, value] of c.normal) {
      expect(figure(out, indicator, period)?.value, `${indicator} ${period}`).toBe(value);
    }
    for (const o of out.observations) {
      expect(PROVIDERS[c.id].indicators).toContain(o.indicator);
      expect(o.source.url).toMatch(/^https:\/\//);
      if (o.source.via) expect(o.source.via).toMatch(/^https:\/\//);
    }
    // Every request went to a host the provider declares (its optional permission).
    const hosts = new Set(PROVIDERS[c.id].urls(NOW).map((u) => new URL(u).host));
    for (const r of s.seen) expect(hosts.has(r.path.split('/')[1]!)).toBe(true);
  });

  it('empty reply: a readable error, no figures', async () => {
    const s = await serveEdited(
      (f) => c.files.test(f),
      () => '',
    );
    await expect(run(c.id, s.base)).rejects.toThrow(/is not|no series could be read/);
  });

  it('changed format: says what is wrong', async () => {
    const s = await serveEdited((f) => f === c.target, c.changed);
    if (c.id === 'fred') {
      // One series of many: that series is dropped and reported, the others are kept.
      const out = await run(c.id, s.base);
      expect(out.problems?.join('\n')).toMatch(c.changedError);
      expect(figure(out, 'us.ust_10y_yield', '2026-08-20')).toBeUndefined();
      expect(figure(out, 'us.ust_2y_yield', '2026-08-20')?.value).toBe(4.19);
    } else {
      await expect(run(c.id, s.base)).rejects.toThrow(c.changedError);
    }
  });

  it('absurd value: refused as outside the possible range', async () => {
    const s = await serveEdited((f) => f === c.target, c.absurd);
    if (c.id === 'fred') {
      const out = await run(c.id, s.base);
      expect(out.problems?.join('\n')).toMatch(/us\.ust_10y_yield 2026-08-20 = 469 is outside the possible range/);
      expect(out.observations.some((o) => o.indicator === 'us.ust_10y_yield')).toBe(false);
    } else {
      await expect(run(c.id, s.base)).rejects.toThrow(/outside the possible range/);
    }
  });

  it('timeout: a server that does not answer in time', async () => {
    const s = await serveEdited(
      (f) => f === c.target,
      (b) => b,
      { delayMs: 3000 },
    );
    const t0 = Date.now();
    if (c.id === 'fred') {
      const out = await run(c.id, s.base, 300);
      expect(out.problems?.join('\n')).toMatch(/DGS10: 127\.0\.0\.1:\d+ did not answer within 0\.3 s/);
    } else {
      await expect(run(c.id, s.base, 300)).rejects.toThrow(/did not answer within 0\.3 s/);
    }
    expect(Date.now() - t0).toBeLessThan(2500);
  });
});

describe('FRED API key fallback', () => {
  it('reads a series from the keyed JSON API when the keyless download fails, and only then', async () => {
    const json = JSON.stringify({
      realtime_start: '2026-08-24',
      observations: [
        { realtime_start: '2026-08-24', realtime_end: '2026-08-24', date: '2026-08-19', value: '4.65' },
        { realtime_start: '2026-08-24', realtime_end: '2026-08-24', date: '2026-08-20', value: '4.69' },
      ],
    });
    srv = await startServer({}, (path) => {
      if (path.startsWith('/fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10&')) return { status: 503, body: 'busy' };
      if (path.startsWith('/api.stlouisfed.org/fred/series/observations?series_id=DGS10&')) return { body: json };
      return replay(path);
    });
    const out = await PROVIDERS.fred.fetch({ ...ctx(srv.base), fredApiKey: 'abc123' });
    expect(figure(out, 'us.ust_10y_yield', '2026-08-20')?.value).toBe(4.69);
    expect(srv.seen.filter((r) => r.path.includes('api_key=abc123'))).toHaveLength(1);
    const without = await PROVIDERS.fred.fetch(ctx(srv.base));
    expect(without.problems?.join('\n')).toMatch(/DGS10: .*HTTP 503/);
  });
});
