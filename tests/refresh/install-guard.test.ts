/**
 * Refresh runs against a real HTTP server that serve datasets the install guard must refuse:
 * absurd, future-dated, index-corrupted, unreadable, oversized and redirected. Each is refused
 * with a readable reason in the popup's status, and the last good dataset stays in the store and
 * keeps marking.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dataset } from '../../lib/dataset/schema';
import { memoryDatasetStore, type DatasetStore } from '../../lib/dataset/idb-store';
import { datasetInUse } from '../../lib/dataset/in-use';
import { datasetNotice } from '../../lib/dataset/store';
import { MAX_REASON_CHARS, runRefresh, type RunDeps } from '../../lib/refresh/run';
import {
  DEFAULT_REFRESH_SETTINGS,
  refreshSettings,
  refreshStatus,
  type RefreshSettings,
} from '../../lib/refresh/settings';

/** Every provider off but those named: these tests were written for the first three. */
const only = (...on: string[]) =>
  Object.fromEntries(
    Object.keys(DEFAULT_REFRESH_SETTINGS.providers).map((id) => [id, on.includes(id)]),
  ) as RefreshSettings['providers'];
import type { FetchLimits } from '../../lib/refresh/fetch';
import { makeManifest } from '../../lib/refresh/manifest';
import { PATHS, payload, startServer, trustingFetch, type Route } from './server';

const held: Dataset = JSON.parse(payload('held-dataset.json'));
const NOW = new Date('2026-09-10T12:00:00Z');
/** The last good dataset: a previous refresh's result. */
const lastGood: Dataset = { ...structuredClone(held), version: '2026.8.21.3' };
/** A sentence the last good dataset marks (its latest Bitcoin figure). */
const PROBE = 'The Bitcoin price stood at $62,725.';

type Srv = Awaited<ReturnType<typeof startServer>>;
const servers: Srv[] = [];
let store: DatasetStore & { value: unknown };

beforeEach(() => {
  fakeBrowser.reset();
  store = memoryDatasetStore(structuredClone(lastGood));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(routes: Record<string, Route>, host?: string): Promise<Srv> {
  const s = await startServer(routes, undefined, host);
  servers.push(s);
  return s;
}

function deps(base: string, extra: Partial<RunDeps> = {}, limits?: Partial<FetchLimits>): RunDeps {
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

/** A published dataset: the held one under a newer version, changed by `change`. */
function published(change: (d: Dataset) => void = () => {}): string {
  const d: Dataset = { ...structuredClone(held), version: '2026.9.1', snapshot: '2026-09-01' };
  change(d);
  return JSON.stringify(d);
}

async function refreshFromUrl(body: string | Route, extra: Partial<RunDeps> = {}, limits?: Partial<FetchLimits>) {
  // The manifest `npm run data` writes beside a published file (for a redirect: the file it leads to).
  const bytes = typeof body === 'string' ? body : (body.body ?? published());
  const version = /"version":"([^"]+)"/.exec(bytes)?.[1] ?? '';
  const s = await serve({
    [PATHS.dataset]: typeof body === 'string' ? { body } : body,
    [PATHS.manifest]: { body: JSON.stringify(await makeManifest(bytes, version)) },
  });
  await refreshSettings.setValue({
    ...DEFAULT_REFRESH_SETTINGS,
    enabled: true,
    datasetUrl: s.base + PATHS.dataset,
    providers: only(),
  });
  return runRefresh('manual', deps(s.base, extra, limits));
}

/** The status is failed, says why in the popup, and the last good dataset still marks. */
async function expectRefused(status: Awaited<ReturnType<typeof runRefresh>>, reason: RegExp) {
  expect(status.result, status.reason).toBe('failed');
  expect(status.reason).toMatch(/^Kept version 2026\.8\.21\.3/);
  expect(status.reason).toMatch(reason);
  expect((await refreshStatus.getValue())?.reason).toBe(status.reason);
  expect(store.value).toEqual(lastGood);
  const inUse = await datasetInUse({ store, loadBundled: async () => structuredClone(held), now: NOW });
  expect(inUse.data.version).toBe('2026.8.21.3');
  const claims = inUse.engine!.analyze([PROBE], { published: null });
  expect(claims.map((c) => c.indicator?.id)).toEqual(['crypto.btc_usd']);
}

describe('a refresh installs a dataset only if it works', () => {
  it('installs a good published dataset, without its alias index, and tells open tabs', async () => {
    const status = await refreshFromUrl(published());
    expect(status.result, status.reason).toBe('updated');
    expect((store.value as Dataset).version).toBe('2026.9.1');
    expect(await datasetNotice.getValue()).toMatchObject({ origin: 'refreshed', version: '2026.9.1' });
  });

  it('absurd: every value zero', async () => {
    const body = published((d) => {
      for (const o of d.observations) o.value = 0;
      for (const s of d.series) s.points = s.points.map(([day]) => [day, 0] as [string, number]);
    });
    await expectRefused(await refreshFromUrl(body), /refused: implausible figures: .* 0 is far outside its held range/);
  });

  it('absurd: a value of 1e300', async () => {
    const body = published((d) => (d.observations.find((o) => o.indicator === 'fx.usdjpy')!.value = 1e300));
    await expectRefused(await refreshFromUrl(body), /fx\.usdjpy .*1\.00e\+300 is beyond any figure/);
  });

  it('absurd: a 0.00% ten-year yield', async () => {
    const body = published((d) => (d.observations.find((o) => o.indicator === 'us.ust_10y_yield')!.value = 0));
    await expectRefused(await refreshFromUrl(body), /us\.ust_10y_yield .*: 0 is far outside its held range/);
  });

  it('future-dated: a 2099 version, which would lock out every later dataset', async () => {
    const body = published((d) => (d.version = '2099.1.1'));
    await expectRefused(await refreshFromUrl(body), /refused: its version 2099\.1\.1 is after today \(2026-09-10\)/);
  });

  it('future-dated: a 2099 snapshot', async () => {
    await expectRefused(
      await refreshFromUrl(published((d) => (d.snapshot = '2099-06-01'))),
      /snapshot date 2099-06-01 is after today/,
    );
  });

  it('index-corrupted: an alias index that does not describe the aliases', async () => {
    const body = published(
      (d) =>
        (d.aliasIndex = {
          keys: [{ path: ['alias'], id: 'alias', weight: 1, src: 'alias' }],
          records: [{ i: 0, $: { 0: { v: 'zz', n: 1 } } }],
        }),
    );
    await expectRefused(
      await refreshFromUrl(body),
      /its alias index does not match its aliases \(1 records for \d+ aliases\)/,
    );
  });

  it('valid but unreadable: names the engine cannot match', async () => {
    const body = published((d) => (d.indicators = d.indicators.map((i) => ({ ...i, name: '—', aliases: [] }))));
    await expectRefused(
      await refreshFromUrl(body),
      /a test engine built from it found no claim in 3 of 3 test sentences/,
    );
  });

  it('oversized: a body over the byte cap', async () => {
    await expectRefused(
      await refreshFromUrl({ body: published(), chunked: true }, {}, { maxBytes: 10_000 }),
      /sent more than the 10 kB limit/,
    );
  });

  it('redirected to a host that is not allowed: refused before the request is made', async () => {
    const elsewhere = await serve({ [PATHS.dataset]: { body: published() } }, '127.0.0.2');
    // The same address over plain http: a hop off https is refused before anything is sent.
    const offHttps = elsewhere.base.replace('https:', 'http:') + PATHS.dataset;
    const status = await refreshFromUrl({ status: 302, headers: { location: offHttps } });
    await expectRefused(
      status,
      /redirected to http:\/\/127\.0\.0\.2:\d+, which is not https; the redirect was not followed/,
    );
    expect(elsewhere.seen).toHaveLength(0);
  });

  it('follows a redirect that stays on an allowed address', async () => {
    const s = await serve({ '/moved.json': { body: published() } });
    const status = await refreshFromUrl({ status: 301, headers: { location: `${s.base}/moved.json` } });
    expect(status.result, status.reason).toBe('updated');
    expect(s.seen.map((r) => r.path)).toEqual(['/moved.json']);
  });

  it('quota: the browser refuses to store it', async () => {
    const full: DatasetStore = {
      get: store.get,
      clear: store.clear,
      put: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const status = await refreshFromUrl(published(), { store: full });
    await expectRefused(status, /the browser has no room to store it \(\d+ kB; storage quota reached\)/);
  });

  it('server text in the popup is bounded', async () => {
    const s = await serve({ [PATHS.ecb]: { status: 503, body: 'x'.repeat(100_000) } });
    await refreshSettings.setValue({
      ...DEFAULT_REFRESH_SETTINGS,
      enabled: true,
      datasetUrl: '',
      providers: only('ecb'),
    });
    const status = await runRefresh('manual', deps(s.base));
    expect(status.result).toBe('failed');
    expect(status.reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
  });
});

describe('provider figures are checked one by one', () => {
  const ecb = (date: string, usd: string) =>
    payload('ecb-eurofxref-daily-2024-06-28.xml')
      .replace("time='2024-06-28'", `time='${date}'`)
      .replace("currency='USD' rate='1.0705'", `currency='USD' rate='${usd}'`);

  async function ecbRun(xml: string) {
    const s = await serve({ [PATHS.ecb]: { body: xml } });
    await refreshSettings.setValue({
      ...DEFAULT_REFRESH_SETTINGS,
      enabled: true,
      datasetUrl: '',
      providers: only('ecb'),
    });
    return runRefresh('manual', deps(s.base));
  }

  it('a figure dated far in the future is rejected, not taken past the plausibility checks', async () => {
    const status = await ecbRun(ecb('2099-01-02', '1.1'));
    expect(status.result).toBe('failed');
    expect(status.reason).toMatch(/fx\.eurusd 2099-01-02: dated after today \(2026-09-10\)/);
    expect(store.value).toEqual(lastGood);
  });

  it('a figure far outside its history is rejected even when the last value is old', async () => {
    const status = await ecbRun(ecb('2024-06-28', '0.00001'));
    expect(status.reason).toMatch(/fx\.eurusd 2024-06-28: implausible/);
    expect(store.value).toEqual(lastGood);
  });
});

describe('the stored dataset is checked whenever it is read', () => {
  it('a stored copy with a version from the future gives way to the bundled snapshot, and the status says so', async () => {
    store.value = { ...structuredClone(held), version: '2099.1.1' };
    const s = await serve({ [PATHS.ecb]: { body: payload('ecb-eurofxref-daily-2024-06-28.xml') } });
    await refreshSettings.setValue({
      ...DEFAULT_REFRESH_SETTINGS,
      enabled: true,
      datasetUrl: '',
      providers: only('ecb'),
    });
    const status = await runRefresh('manual', deps(s.base));
    expect(status.reason).toMatch(/^Set aside the stored dataset 2099\.1\.1: its version 2099\.1\.1 is after today/);
    // The refresh then builds on the bundled snapshot: a later dataset is no longer locked out.
    expect(status.result, status.reason).toBe('updated');
    expect((store.value as Dataset).version).toBe('2026.9.10.1');
  });
});
