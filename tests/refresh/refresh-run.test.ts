import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dataset } from '../../lib/dataset/schema';
import { memoryDatasetStore } from '../../lib/dataset/idb-store';
import { validateDataset } from '../../lib/dataset/validate';
import { runRefresh, type RunDeps } from '../../lib/refresh/run';
import {
  DEFAULT_REFRESH_SETTINGS,
  refreshSettings,
  refreshStatus,
  type RefreshSettings,
} from '../../lib/refresh/settings';
import type { FetchLimits } from '../../lib/refresh/fetch';
import { PATHS, payload, startServer, trustingFetch, type Route } from './server';
import { makeManifest } from '../../lib/refresh/manifest';

const held: Dataset = JSON.parse(payload('held-dataset.json'));
// After the held dataset (2026.8.21) and the published one (2026.8.28): nothing here is from the future.
const NOW = new Date('2026-09-10T12:00:00Z');
const NOW_MONTH = '202609';
const COINBASE_DATE = { date: 'Fri, 09 Feb 2024 18:30:00 GMT', 'content-type': 'application/json' };

type Srv = Awaited<ReturnType<typeof startServer>>;
let srv: Srv | null = null;
/** The refreshed dataset's store: IndexedDB in the extension, memory in Node. */
let store = memoryDatasetStore();
const refreshedDataset = {
  getValue: async () => (await store.get()) as Dataset | null,
  setValue: (d: Dataset) => store.put(d),
};

async function serve(routes: Record<string, Route>): Promise<Srv> {
  srv = await startServer(routes);
  return srv;
}

function deps(base: string, limits?: Partial<FetchLimits>, extra: Partial<RunDeps> = {}): RunDeps {
  return {
    loadBundled: async () => structuredClone(held),
    now: () => NOW,
    base,
    fetchImpl: trustingFetch,
    limits,
    hasPermission: async () => true,
    store,
    ...extra,
  };
}

/** The three original providers on, the rest off, no dataset URL: what these tests were written for. */
const LEGACY = Object.fromEntries(
  Object.keys(DEFAULT_REFRESH_SETTINGS.providers).map((id) => [id, ['ecb', 'treasury', 'coinbase'].includes(id)]),
) as RefreshSettings['providers'];

async function applySettings(
  p: Partial<Omit<RefreshSettings, 'providers'>> & { providers?: Partial<RefreshSettings['providers']> },
) {
  await refreshSettings.setValue({
    ...DEFAULT_REFRESH_SETTINGS,
    enabled: true,
    datasetUrl: '',
    ...p,
    providers: { ...LEGACY, ...p.providers },
  });
}

/** A published dataset and the manifest `npm run data` writes beside it. */
async function published(body: string, etag?: string): Promise<Record<string, Route>> {
  const version = /"version":"([^"]+)"/.exec(body)?.[1] ?? '';
  return {
    [PATHS.dataset]: { body, ...(etag ? { etag } : {}) },
    [PATHS.manifest]: { body: JSON.stringify(await makeManifest(body, version)) },
  };
}

const ONLY_ECB = { providers: { ecb: true, treasury: false, coinbase: false } };
const NO_PROVIDERS = { providers: { ecb: false, treasury: false, coinbase: false } };

function allProviderRoutes(): Record<string, Route> {
  return {
    [PATHS.ecb]: {
      body: payload('ecb-eurofxref-daily-2024-06-28.xml'),
      etag: '"ecb-1"',
      headers: { 'content-type': 'text/xml' },
    },
    // The recorded March 2025 feed, served for the month the run asks about.
    [PATHS.treasury(NOW_MONTH)]: { body: payload('treasury-par-yield-2025-03.xml'), etag: '"ust-1"' },
    [PATHS.btc]: { body: payload('coinbase-spot-BTC-USD.json'), headers: COINBASE_DATE },
    [PATHS.eth]: { body: payload('coinbase-spot-ETH-USD.json'), headers: COINBASE_DATE },
  };
}

function find(ds: Dataset, indicator: string, period: string) {
  return ds.observations.find((o) => o.indicator === indicator && o.period === period);
}

beforeEach(() => {
  fakeBrowser.reset();
  store = memoryDatasetStore();
});
afterEach(async () => {
  await srv?.close();
  srv = null;
});

describe('a refresh that succeeds', () => {
  it('adds every provider figure with its https source and as-of date, under a newer version', async () => {
    const s = await serve(allProviderRoutes());
    await applySettings({});
    const status = await runRefresh('manual', deps(s.base));

    expect(status.result, status.reason).toBe('updated');
    expect(status.reason).toMatch(/Updated to version 2026\.9\.10\.1/);
    const ds = (await refreshedDataset.getValue())!;
    expect(ds.version).toBe('2026.9.10.1');
    expect(validateDataset(ds).ok).toBe(true);

    const eur = find(ds, 'fx.eurusd', '2024-06-28')!;
    expect(eur.value).toBe(1.0705);
    expect(eur.as_of).toBe('2024-06-28');
    expect(ds.sources[eur.source].url).toBe('https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml');
    // 171.94 JPY per EUR / 1.0705 USD per EUR
    expect(find(ds, 'fx.usdjpy', '2024-06-28')!.value).toBe(160.62);
    expect(find(ds, 'fx.usdjpy', '2024-06-28')!.note).toMatch(/cross rate/);

    const tenY = find(ds, 'us.ust_10y_yield', '2025-03-07')!;
    expect(tenY.value).toBe(4.32);
    expect(ds.sources[tenY.source].url).toMatch(/^https:\/\/home\.treasury\.gov\/.*field_tdr_date_value_month=202609$/);
    expect(find(ds, 'us.ust_2y_yield', '2025-03-03')!.value).toBe(3.96);

    const btc = find(ds, 'crypto.btc_usd', '2024-02-09')!;
    expect(btc.value).toBe(47154.45);
    expect(btc.note).toMatch(/18:30 UTC/);

    // Nothing but the GET: no cookies, referrer or credentials went out.
    for (const r of s.seen) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
      expect(r.headers.authorization).toBeUndefined();
    }
    const saved = await refreshStatus.getValue();
    expect(saved?.result).toBe('updated');
  });

  it('never sends an ETag or date back (a host could recognise the install), and keeps an unchanged dataset as it is', async () => {
    const s = await serve(allProviderRoutes());
    await applySettings({ providers: { coinbase: false } });
    await runRefresh('manual', deps(s.base));
    const first = await refreshedDataset.getValue();

    s.seen.length = 0;
    const status = await runRefresh('alarm', deps(s.base));
    expect(status.result, status.reason).toBe('unchanged');
    expect(status.reason).toMatch(/No new figures; version 2026\.9\.10\.1 is current/);
    expect(s.seen).toHaveLength(2);
    for (const r of s.seen) {
      expect(r.headers['if-none-match']).toBeUndefined();
      expect(r.headers['if-modified-since']).toBeUndefined();
    }
    expect(await refreshedDataset.getValue()).toEqual(first);
  });

  it('installs a newer published dataset from the dataset URL and adds provider figures on top', async () => {
    const s = await serve({ ...allProviderRoutes(), ...(await published(payload('dataset-newer.json'))) });
    await applySettings({ datasetUrl: s.base + PATHS.dataset, ...ONLY_ECB });
    const status = await runRefresh('manual', deps(s.base));
    expect(status.result, status.reason).toBe('updated');
    const ds = (await refreshedDataset.getValue())!;
    expect(ds.version).toBe('2026.9.10.1');
    expect(ds.observations.some((o) => o.indicator === 'idx.sp500')).toBe(true);
    expect(find(ds, 'fx.eurusd', '2024-06-28')?.value).toBe(1.0705);
  });

  it('keeps what worked when one source fails, and says which failed', async () => {
    const routes = allProviderRoutes();
    routes[PATHS.ecb] = { status: 500, body: 'Internal Server Error' };
    const s = await serve(routes);
    await applySettings({ providers: { coinbase: false } });
    const status = await runRefresh('manual', deps(s.base));
    expect(status.result).toBe('partial');
    expect(status.reason).toMatch(/ecb: .*HTTP 500/);
    const ds = (await refreshedDataset.getValue())!;
    expect(find(ds, 'us.ust_10y_yield', '2025-03-07')?.value).toBe(4.32);
    expect(find(ds, 'fx.eurusd', '2024-06-28')).toBeUndefined();
  });
  it('reads a body in the encoding its provider asks for (JPX sends Shift_JIS)', async () => {
    // "終値" in Shift_JIS, then the TOPIX row: read as UTF-8, the first line would be refused.
    const body = Uint8Array.from([
      0x8f,
      0x49,
      0x92,
      0x6c,
      0x0d,
      0x0a,
      ...new TextEncoder().encode('20251230,TOPIX,3408.97\r\n'),
    ]);
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('/www.jpx.co.jp/')
        ? new Response(body, { status: 200 })
        : trustingFetch(input, init)) as typeof fetch;
    const withTopix = structuredClone(held);
    withTopix.indicators.push({
      id: 'idx.topix',
      name: 'TOPIX (Tokyo Stock Price Index)',
      unit: 'points',
      kind: 'index',
      category: 'indices',
      aliases: ['TOPIX'],
    });
    const s = await serve({});
    await applySettings({ providers: { ...NO_PROVIDERS.providers, jpx: true } });
    const status = await runRefresh(
      'manual',
      deps(s.base, undefined, { fetchImpl, loadBundled: async () => withTopix }),
    );
    expect(status.sources.find((r) => r.id === 'jpx')?.detail).toBe('1 new figure');
    expect(find((await refreshedDataset.getValue())!, 'idx.topix', '2025-12-30')?.value).toBe(3408.97);
  });
});

describe('a refresh that fails keeps the last good dataset and says why', () => {
  // The last good dataset: a previous refresh's result.
  const lastGood: Dataset = { ...structuredClone(held), version: '2026.8.21.3' };

  async function failing(
    routes: Record<string, Route>,
    settings: Parameters<typeof applySettings>[0],
    limits?: Partial<FetchLimits>,
  ) {
    const s = await serve(routes);
    await refreshedDataset.setValue(structuredClone(lastGood));
    const resolved = { ...settings };
    if (resolved.datasetUrl) resolved.datasetUrl = s.base + resolved.datasetUrl;
    await applySettings(resolved);
    const status = await runRefresh('alarm', deps(s.base, limits));
    expect(status.result).toBe('failed');
    expect(await refreshedDataset.getValue()).toEqual(lastGood);
    expect((await refreshStatus.getValue())?.reason).toBe(status.reason);
    expect(status.reason).toMatch(/^Kept version 2026\.8\.21\.3/);
    return status;
  }

  it('timeout: a server that never answers', async () => {
    const t0 = Date.now();
    const st = await failing({ [PATHS.ecb]: { delayMs: 5000, body: 'late' } }, ONLY_ECB, { timeoutMs: 300 });
    expect(st.reason).toMatch(/127\.0\.0\.1:\d+ did not answer within 0\.3 s/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('HTTP 500', async () => {
    const st = await failing({ [PATHS.ecb]: { status: 500, body: 'Internal Server Error' } }, ONLY_ECB);
    expect(st.reason).toMatch(/answered HTTP 500/);
  });

  it('a body over the size cap, declared by Content-Length', async () => {
    const st = await failing(
      { [PATHS.dataset]: { body: payload('dataset-newer.json') } },
      { datasetUrl: PATHS.dataset, ...NO_PROVIDERS },
      { maxBytes: 10_000 },
    );
    expect(st.reason).toMatch(/sent 21 kB, over the 10 kB limit/);
  });

  it('a body over the size cap, sent chunked without a length', async () => {
    const st = await failing(
      { [PATHS.dataset]: { body: payload('dataset-newer.json'), chunked: true } },
      { datasetUrl: PATHS.dataset, ...NO_PROVIDERS },
      { maxBytes: 10_000 },
    );
    expect(st.reason).toMatch(/sent more than the 10 kB limit/);
  });

  it('malformed JSON', async () => {
    const st = await failing(await published(payload('dataset-malformed.json')), {
      datasetUrl: PATHS.dataset,
      ...NO_PROVIDERS,
    });
    expect(st.reason).toMatch(/dataset URL: the file is not valid JSON/);
  });

  it('schema-invalid data', async () => {
    const st = await failing(await published(payload('dataset-schema-invalid.json')), {
      datasetUrl: PATHS.dataset,
      ...NO_PROVIDERS,
    });
    expect(st.reason).toMatch(/failed validation/);
    expect(st.reason).toMatch(/https/);
  });

  it('an older version than the one held', async () => {
    const st = await failing(await published(payload('dataset-older.json')), {
      datasetUrl: PATHS.dataset,
      ...NO_PROVIDERS,
    });
    expect(st.reason).toMatch(/version 2026\.8\.1 is older than the 2026\.8\.21\.3 already in use/);
  });

  it('a slow trickle is cut off by the total deadline', async () => {
    const t0 = Date.now();
    const st = await failing(
      { [PATHS.ecb]: { body: payload('ecb-eurofxref-daily-2024-06-28.xml'), trickleMs: 20 } },
      ONLY_ECB,
      { timeoutMs: 800 },
    );
    expect(st.reason).toMatch(/did not finish sending within 0\.8 s/);
    expect(Date.now() - t0).toBeLessThan(4000);
  });

  it('a reply that is not in the provider format', async () => {
    const st = await failing({ [PATHS.ecb]: { body: '<html><body>Maintenance</body></html>' } }, ONLY_ECB);
    expect(st.reason).toMatch(/ECB: the reply is not an ECB reference-rate file/);
  });

  it('a figure far from the latest known value is rejected', async () => {
    const xml = payload('ecb-eurofxref-daily-2024-06-28.xml')
      .replace("time='2024-06-28'", "time='2026-04-14'")
      .replace("currency='USD' rate='1.0705'", "currency='USD' rate='10.705'");
    const st = await failing({ [PATHS.ecb]: { body: xml } }, ONLY_ECB);
    expect(st.reason).toMatch(/implausible/);
  });

  it('no host permission for a source', async () => {
    const s = await serve({ [PATHS.ecb]: { body: payload('ecb-eurofxref-daily-2024-06-28.xml') } });
    await refreshedDataset.setValue(structuredClone(lastGood));
    await applySettings(ONLY_ECB);
    const st = await runRefresh('alarm', deps(s.base, undefined, { hasPermission: async () => false }));
    expect(st.result).toBe('failed');
    expect(st.reason).toMatch(/no permission for https:\/\/127\.0\.0\.1/);
    expect(s.seen).toHaveLength(0);
    expect(await refreshedDataset.getValue()).toEqual(lastGood);
  });
});
