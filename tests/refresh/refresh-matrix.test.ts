import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dataset } from '../../lib/dataset/schema';
import { memoryDatasetStore } from '../../lib/dataset/idb-store';
import { validateDataset } from '../../lib/dataset/validate';
import { makeManifest } from '../../lib/refresh/manifest';
import { PROVIDERS } from '../../lib/refresh/providers';
import { PUBLISHED_DATASET_URL } from '../../lib/refresh/published';
import { runRefresh, type RunDeps } from '../../lib/refresh/run';
import { ALL_PROVIDERS, DEFAULT_REFRESH_SETTINGS, refreshSettings } from '../../lib/refresh/settings';
import { PROVIDER_IDS } from '../../lib/refresh/types';
import { payload, startServer, trustingFetch, type Route } from './server';
import { payloadFile, replay } from './replay';

/** The bundled dataset, which holds every catalogue indicator. */
const bundled: Dataset = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../public/dataset.json', import.meta.url)), 'utf8'),
);
const NOW = new Date('2026-08-24T12:00:00Z');
const PAGES_PATH = '/claimlens.github.io/claimlens/dataset.json';
const PAGES_MANIFEST = '/claimlens.github.io/claimlens/dataset.manifest.json';

type Srv = Awaited<ReturnType<typeof startServer>>;
let srv: Srv | null = null;
/** The refreshed dataset's store: IndexedDB in the extension, memory in Node. */
let store = memoryDatasetStore();
const refreshedDataset = {
  getValue: async () => (await store.get()) as Dataset | null,
  setValue: (d: Dataset) => store.put(d),
};
beforeEach(() => {
  fakeBrowser.reset();
  store = memoryDatasetStore();
});
afterEach(async () => {
  await srv?.close();
  srv = null;
});

const deps = (base: string): RunDeps => ({
  loadBundled: async () => structuredClone(bundled),
  now: () => NOW,
  base,
  fetchImpl: trustingFetch,
  hasPermission: async () => true,
  store,
});

/** Which provider a recorded file belongs to, by the host its request went to. */
function providerOfPath(path: string): string | null {
  const host = path.split('/')[1];
  const id = PROVIDER_IDS.find((p) =>
    PROVIDERS[p]
      .urls(NOW)
      .some(
        (u) =>
          new URL(u).host === host &&
          (p !== 'ecb' || path.includes('eurofxref')) &&
          (p !== 'treasury' || path.includes('interest-rates')),
      ),
  );
  return id ?? null;
}

async function serve(routes: Record<string, Route>, failing?: string) {
  srv = await startServer(routes, (path) =>
    failing && providerOfPath(path) === failing ? { status: 500, body: 'Internal Server Error' } : replay(path),
  );
  return srv;
}

describe('every provider in one refresh', () => {
  it('brings each indicator to the latest figure its recorded payload holds', async () => {
    const s = await serve({});
    await refreshSettings.setValue({ ...DEFAULT_REFRESH_SETTINGS, enabled: true, datasetUrl: '' });
    const status = await runRefresh('manual', deps(s.base));
    expect(
      status.sources.filter((r) => !r.ok),
      status.reason,
    ).toEqual([]);
    expect(status.result).toBe('updated');
    const ds = (await refreshedDataset.getValue())!;
    expect(validateDataset(ds).ok).toBe(true);
    const has = (indicator: string, period: string, value: number) =>
      ds.observations.some((o) => o.indicator === indicator && o.period === period && o.value === value) ||
      ds.series.some((x) => x.indicator === indicator && x.points.some(([d, v]) => d === period && v === value));
    // The newest period of each payload, one per provider.
    expect(has('jp.ust_holdings', '2025-12', 1185500000000)).toBe(true);
    expect(has('ea.hicp_yoy', '2026-03', 2.5)).toBe(true);
    expect(has('us.ust_10y_yield', '2026-08-20', 4.69)).toBe(true);
    expect(has('uk.boe_bank_rate', '2025-12-18', 3.75)).toBe(true);
    expect(has('ca.boc_policy_rate', '2025-10-29', 2.25)).toBe(true);
    expect(has('au.rba_cash_rate', '2026-02-03', 3.85)).toBe(true);
    expect(has('ch.snb_policy_rate', '2025-06-20', 0)).toBe(true);
    expect(has('jp.boj_policy_rate', '2025-12-19', 0.75)).toBe(true);
    expect(has('jp.jgb_10y_yield', '2026-01-06', 2.13)).toBe(true);
    expect(has('us.unemployment_rate', '2026-07', 4.1)).toBe(true);
    // stoxx
    expect(has('idx.stoxx50', '2026-03-06', 5768.06)).toBe(true);
    expect(has('idx.dax', '2026-03-06', 23813.59)).toBe(true);
    // euronext
    expect(has('idx.cac40', '2026-01-16', 8258.94)).toBe(true);
    // A step rate confirmed later: the fed funds target of 2025-12-11, known to hold on 2026-08-21.
    expect(
      ds.observations.some(
        (o) => o.indicator === 'us.fed_funds_target_upper' && o.period === '2025-12-11' && o.as_of === '2026-08-21',
      ),
    ).toBe(true);
    // Copies are recorded as via, the publisher as the source.
    const pce = ds.observations.find(
      (o) => o.indicator === 'us.core_pce_yoy' && o.period === '2026-06' && o.as_of === '2026-08-24',
    );
    expect(ds.sources[pce!.source]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/www\.bea\.gov\//),
      via: 'https://fred.stlouisfed.org/series/PCEPILFE',
    });
  });
});

describe.each(PROVIDER_IDS.map((id) => ({ id })))('one failing provider ($id) spoils nothing else', ({ id }) => {
  it("reports that provider failed and keeps every other provider's figures", async () => {
    const s = await serve({}, id);
    await refreshSettings.setValue({
      ...DEFAULT_REFRESH_SETTINGS,
      enabled: true,
      datasetUrl: '',
      providers: ALL_PROVIDERS,
    });
    const status = await runRefresh('manual', deps(s.base));
    expect(status.result, status.reason).toBe('partial');
    const failed = status.sources.filter((r) => !r.ok).map((r) => r.id);
    expect(failed).toEqual([id]);
    expect(status.sources.find((r) => r.id === id)!.detail).toMatch(/HTTP 500/);
    const ds = (await refreshedDataset.getValue())!;
    // A figure from a provider that did not fail is there.
    const other = id === 'tic' ? ['ea.hicp_yoy', '2026-03'] : ['jp.ust_holdings', '2025-12'];
    expect(ds.observations.some((o) => o.indicator === other[0] && o.period === other[1])).toBe(true);
  });
});

describe('the published dataset and its manifest', () => {
  async function pages(body: string, manifestFor = body): Promise<Record<string, Route>> {
    const version = /"version":"([^"]+)"/.exec(manifestFor)![1]!;
    return {
      [PAGES_PATH]: { body },
      [PAGES_MANIFEST]: { body: JSON.stringify(await makeManifest(manifestFor, version)) },
    };
  }
  const newer = (): string => `${JSON.stringify({ ...bundled, version: '2026.8.23.1' })}\n`;

  it('the default dataset URL is fetched first (through the test base) and installed when it matches its manifest', async () => {
    const s = await serve(await pages(newer()));
    await refreshSettings.setValue({
      ...DEFAULT_REFRESH_SETTINGS,
      enabled: true,
      providers: { ...ALL_PROVIDERS, fred: false },
    });
    expect((await refreshSettings.getValue()).datasetUrl).toBe(PUBLISHED_DATASET_URL);
    const status = await runRefresh('manual', deps(s.base));
    expect(status.sources[0], status.reason).toEqual({ id: 'dataset-url', ok: true, detail: 'version 2026.8.23.1' });
    expect(s.seen[0]!.path).toBe(PAGES_PATH);
    expect((await refreshedDataset.getValue())?.version, status.reason).toMatch(/^2026\.8\.2[34]\.\d$/);
  });

  it('refuses a dataset whose bytes differ from the manifest, keeping the last good one', async () => {
    const body = newer();
    // One figure changed after the manifest was written: same version, different bytes.
    const s = await serve(await pages(body.replace(/"snapshot":"[0-9-]+"/, '"snapshot":"2026-08-01"'), body));
    await refreshedDataset.setValue({ ...structuredClone(bundled), version: '2026.8.21.3' });
    await refreshSettings.setValue({
      ...DEFAULT_REFRESH_SETTINGS,
      enabled: true,
      providers: Object.fromEntries(PROVIDER_IDS.map((p) => [p, false])) as typeof ALL_PROVIDERS,
    });
    const status = await runRefresh('manual', deps(s.base));
    expect(status.result).toBe('failed');
    expect(status.reason).toMatch(/SHA-256 [0-9a-f]{12}… differs from the manifest's/);
    expect((await refreshedDataset.getValue())!.version).toBe('2026.8.21.3');
  });

  it('refuses a published dataset older than the one held, even with a good manifest', async () => {
    const older = `${JSON.stringify({ ...bundled, version: '2026.8.1' })}\n`;
    const s = await serve(await pages(older));
    await refreshedDataset.setValue({ ...structuredClone(bundled), version: '2026.8.21.3' });
    await refreshSettings.setValue({
      ...DEFAULT_REFRESH_SETTINGS,
      enabled: true,
      providers: Object.fromEntries(PROVIDER_IDS.map((p) => [p, false])) as typeof ALL_PROVIDERS,
    });
    const status = await runRefresh('manual', deps(s.base));
    expect(status.result).toBe('failed');
    expect(status.reason).toMatch(/version 2026\.8\.1 is older than the 2026\.8\.21\.3 already in use/);
  });
});

// Keeps the replay table honest: every URL a provider asks for has a recording.
it('every provider URL has a recorded payload', () => {
  for (const id of PROVIDER_IDS) {
    for (const u of PROVIDERS[id].urls(NOW)) {
      const url = new URL(u);
      const file = payloadFile(`/${url.host}${url.pathname}${url.search}`);
      expect(file, u).not.toBeNull();
      expect(() => payload(file!)).not.toThrow();
    }
  }
});
