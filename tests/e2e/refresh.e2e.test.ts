/**
 * Opt-in refresh, end to end in Chromium: a test build whose refresh sources point at a local
 * server (CLAIMLENS_REFRESH_BASE, built into .output/chrome-mv3-test), the reader switches
 * "Keep the dataset up to date" on in the popup, the background fetches the recorded payloads,
 * and a card already open in a tab shows the new figure and its date without a reload.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { formatValue } from '../../components/format';
import {
  ROOT,
  SITE_HOST,
  hoverMark,
  launchWithExtension,
  listMarks,
  servePages,
  settleMarks,
  waitForCard,
  type Launched,
  type PageServer,
} from './harness';
import { PATHS, payload, startServer, trustingFetch, type Route } from '../refresh/server';
import { payloadFile, replay } from '../refresh/replay';
import { makeManifest } from '../../lib/refresh/manifest';
import { PROVIDERS } from '../../lib/refresh/providers';
import { PROVIDER_IDS } from '../../lib/refresh/types';
import { fetchWithLimits } from '../../lib/refresh/fetch';
import { resolveSourceUrl } from '../../lib/refresh/config';
import type { Dataset } from '../../lib/dataset/schema';

// Evaluated inside the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

/** The refreshed dataset as the background stored it: IndexedDB on the extension's origin (lib/dataset/idb-store.ts). */
function storedDataset(worker: Worker): Promise<unknown> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('claimlens', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('dataset', 'readonly').objectStore('dataset').get('refreshed');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

const TEST_BUILD = join(ROOT, '.output/chrome-mv3-test');
const ARTICLE = 'articles/fx-yen-jgb-yields.html';
const CLAIM = '$1.1707'; // a EUR/USD figure on that page
const COINBASE = { date: 'Fri, 09 Feb 2024 18:30:00 GMT', 'content-type': 'application/json' };

let refreshServer: Awaited<ReturnType<typeof startServer>>;
/** A host the refresh must never reach (the target of a refused redirect). */
let elsewhere: Awaited<ReturnType<typeof startServer>>;
let pages: PageServer;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let launched: Launched | undefined;
/** A provider whose requests the server answers with HTTP 500 (the failure case). */
let failing: string | null = null;

// The default dataset URL (GitHub Pages), rewritten onto the test server like every provider URL.
const PAGES = '/claimlens.github.io/claimlens/';
const bundled: Dataset = JSON.parse(readFileSync(join(ROOT, 'public/dataset.json'), 'utf8'));
const publishedText = `${JSON.stringify({ ...bundled, version: '2026.8.22.1' })}\n`;
/** The card's date of the bundled EUR/USD figure ("21 Jul 2026"), read from the bundle, not written here. */
const bundledEurUsdDay = (() => {
  const last = bundled.series.find((x) => x.indicator === 'fx.eurusd')!.points.at(-1)![0];
  return new Date(`${last}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
})();

/** Provider replies of the e2e's own (a sample ECB file dated after the bundle; Coinbase with its Date header). */
const samples: Record<string, Route> = {
  [PATHS.ecb]: {
    body: payload('ecb-eurofxref-daily.SAMPLE-e2e.xml'),
    etag: '"e2e-ecb"',
    headers: { 'content-type': 'text/xml' },
  },
  [PATHS.btc]: { body: payload('coinbase-spot-BTC-USD.json'), headers: COINBASE },
  [PATHS.eth]: { body: payload('coinbase-spot-ETH-USD.json'), headers: COINBASE },
};

beforeAll(async () => {
  const manifest = JSON.stringify(await makeManifest(publishedText, '2026.8.22.1'));
  refreshServer = await startServer(
    {
      [`${PAGES}dataset.json`]: {
        body: publishedText,
        etag: '"pages-1"',
        headers: { 'content-type': 'application/json' },
      },
      [`${PAGES}dataset.manifest.json`]: { body: manifest, headers: { 'content-type': 'application/json' } },
    },
    // Provider requests: a failing provider's host answers 500; the ECB and Coinbase have sample
    // replies of their own; every other request is answered from its recording
    // (tests/refresh/replay.ts; the Treasury URL names the current month, and any month gets the
    // recorded March 2025 feed).
    (path) => {
      const host = path.split('/')[1];
      if (
        failing &&
        PROVIDERS[failing as keyof typeof PROVIDERS].urls(new Date()).some((u) => new URL(u).host === host)
      ) {
        return { status: 500, body: 'Internal Server Error' };
      }
      const own = samples[path];
      if (own) return own;
      return payloadFile(path) ? replay(path) : undefined;
    },
  );
  elsewhere = await startServer({ [PATHS.dataset]: { body: '{}' } }, undefined, '127.0.0.2');
  LATEST = await latestFromProviders(refreshServer.base);
  // Those were Node's requests; from here on the log holds only the browser's.
  refreshServer.seen.length = 0;
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 300_000,
    env: { ...process.env, CLAIMLENS_REFRESH_BASE: refreshServer.base },
  });
  pages = await servePages(join(ROOT, 'tests/fixtures'));
  // The same launch as every e2e test, with the test build loaded instead of the production one.
  launched = await launchWithExtension(pages.port, { extensionDir: TEST_BUILD });
  ({ context, worker, extensionId } = launched);
}, 300_000);

afterAll(async () => {
  await launched?.close();
  await pages?.close();
  await refreshServer?.close();
  await elsewhere?.close();
});

/**
 * What every provider reads from its recorded payloads, run in Node against the same server: per
 * indicator, the newest figure. The browser's refresh must bring each of them into its dataset.
 */
let LATEST: [string, string, number][] = [];

async function latestFromProviders(base: string): Promise<[string, string, number][]> {
  const newest = new Map<string, [string, number]>();
  for (const id of PROVIDER_IDS) {
    const out = await PROVIDERS[id].fetch({
      now: new Date(),
      get: (url, accept, encoding) => fetchWithLimits(url, { accept, encoding, fetchImpl: trustingFetch }),
      resolve: (u) => resolveSourceUrl(u, base),
    });
    for (const o of out.observations) {
      const held = newest.get(o.indicator);
      if (!held || o.period > held[0]) newest.set(o.indicator, [o.period, o.value]);
    }
  }
  return [...newest].map(([indicator, [period, value]]) => [indicator, period, value]);
}

async function cardTextFor(page: Page, text: string): Promise<string> {
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await waitForCard(page, false);
  await settleMarks(page);
  const i = (await listMarks(page)).findIndex((m) => m.text.includes(text));
  await hoverMark(page, i);
  const card = (await waitForCard(page))!;
  return card.text.replace(/\s+/g, ' ');
}

describe('opt-in dataset refresh in Chromium', () => {
  it('is off by default, and a card shows the bundled figure', async () => {
    expect(await worker.evaluate(() => chrome.alarms.getAll().then((a) => a.map((x) => x.name)))).toEqual([]);
    const page = await context.newPage();
    await page.goto(pages.siteUrl(ARTICLE));
    await settleMarks(page);
    const before = await cardTextFor(page, CLAIM);
    expect(before).toContain(bundledEurUsdDay);
    expect(before).not.toContain('1 Sep 2026');
    expect(refreshServer.seen).toHaveLength(0);
  });

  it('switching it on in the popup refreshes, and the open card shows the new value and date', async () => {
    const [page] = context.pages().filter((p) => p.url().includes(SITE_HOST));
    const tabId: number = await worker.evaluate(async (url: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === url)!.id!;
    }, page.url());

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const toggle = popup.locator('[data-testid="refresh-toggle"]');
    await toggle.waitFor({ timeout: 15_000 });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();

    const status = popup.locator('[data-testid="refresh-status"][data-result]');
    await status.waitFor({ timeout: 60_000 });
    const reason = await popup.locator('[data-testid="refresh-reason"]').innerText();
    expect(await status.getAttribute('data-result'), reason).toBe('updated');
    expect(reason).toMatch(/^Updated to version \d{4}\.\d+\.\d+\.\d+/);
    // The popup learns the dataset changed from the background's notice, just after the status.
    await expect
      .poll(() => popup.locator('[data-testid="refresh-bundled"]').isEnabled(), { timeout: 10_000 })
      .toBe(true);

    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => [a.name, a.periodInMinutes])).toEqual([['claimlens-refresh', 1440]]);

    // Every request went to the local server's rewritten provider paths, with nothing identifying.
    const paths = refreshServer.seen.map((r) => r.path);
    expect(paths).toContain(PATHS.ecb);
    expect(paths.some((p) => p.startsWith(PATHS.treasury('')))).toBe(true);
    for (const r of refreshServer.seen) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }

    // The tab was not reloaded: the card now reads the refreshed figure (sample ECB payload, 1.1500 on 2026-09-01).
    await page.bringToFront();
    let after = '';
    for (let i = 0; i < 20 && !after.includes('1 Sep 2026'); i++) {
      await page.waitForTimeout(250);
      after = await cardTextFor(page, CLAIM);
    }
    expect(after).toContain('1 Sep 2026');
    expect(after).toContain(formatValue(1.15, 'USD per EUR'));
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    // Every provider's indicators reached the newest figure of its recorded payload.
    const stored = await storedDataset(worker);
    const ds = stored as Dataset;
    expect(ds.version).toMatch(/^\d{4}\.\d+\.\d+\.\d+$/);
    const has = (indicator: string, period: string, value: number) =>
      ds.observations.some((o) => o.indicator === indicator && o.period === period && o.value === value) ||
      ds.series.some((x) => x.indicator === indicator && x.points.some(([d, v]) => d === period && v === value));
    for (const [indicator, period, value] of LATEST)
      expect(has(indicator, period, value), `${indicator} ${period}`).toBe(true);
    const sources = (await popup.locator('[data-testid="refresh-status"] li').allTextContents()).map((t) => t.trim());
    expect(sources.filter((t) => t.startsWith('✗'))).toEqual([]);
    expect(sources[0]).toMatch(/^✓ dataset-url: version 2026\.8\.22\.1/);
    // The popup shows the dataset's age.
    await popup.bringToFront();
    await popup.locator('[data-testid="dataset-age"]').waitFor({ timeout: 5000 });
    await popup.locator('[data-testid="dataset-freshness"]').waitFor({ timeout: 5000 });

    // Each provider in turn fails on a refresh: the others still answer, the reason names the one
    // that failed, and the last good dataset stays as it was.
    // As in refreshWith: wait for a status that finished after this click.
    for (const id of PROVIDER_IDS) {
      failing = id;
      const clickedAt = await popup.evaluate(() => Date.now());
      await popup.locator('[data-testid="refresh-now"]').click();
      await popup.waitForFunction(
        (since) => {
          const t = document.querySelector('[data-testid="refresh-status"] time')?.getAttribute('datetime') ?? '';
          return t !== '' && Date.parse(t) >= since;
        },
        clickedAt,
        { timeout: 30_000 },
      );
      const result = await popup.locator('[data-testid="refresh-status"]').getAttribute('data-result');
      const why = await popup.locator('[data-testid="refresh-reason"]').innerText();
      expect(result, `${id} failing: ${why}`).toBe('partial');
      expect(why).toMatch(new RegExp(`${id}: .*HTTP 500`));
      const kept = (await storedDataset(worker)) as Dataset;
      expect(kept.version, `${id} failing`).toBe(ds.version);
      expect(kept.observations.length + kept.series.length).toBe(ds.observations.length + ds.series.length);
    }
    failing = null;

    // Back to the bundled snapshot: the card returns to the bundled figure.
    await popup.bringToFront();
    await popup.locator('[data-testid="refresh-bundled"]').click();
    await page.bringToFront();
    let back = '';
    for (let i = 0; i < 20 && !back.includes(bundledEurUsdDay); i++) {
      await page.waitForTimeout(250);
      back = await cardTextFor(page, CLAIM);
    }
    expect(back).toContain(bundledEurUsdDay);
  }, 300_000);
});

/**
 * A published dataset for the dataset URL: the bundled one under a newer version, with one extra
 * EUR/USD figure. SAMPLE VALUES (1.1600 on 2026-09-02), not an ECB publication: the card shows
 * them, so the test can tell which dataset marks.
 */
function publishedDataset(version: string, change: (d: Dataset) => void = () => {}): string {
  const d: Dataset = JSON.parse(readFileSync(join(ROOT, 'public/dataset.json'), 'utf8'));
  d.version = version;
  d.snapshot = '2026-09-02';
  const source =
    d.sources.push({
      name: 'Sample figure for the end-to-end test (not an ECB publication)',
      url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
    }) - 1;
  d.observations.push({
    indicator: 'fx.eurusd',
    period: '2026-09-02',
    value: 1.16,
    unit: 'USD per EUR',
    as_of: '2026-09-02',
    source,
    note: 'sample value for the end-to-end test',
  });
  change(d);
  return JSON.stringify(d);
}

describe('a refreshed dataset is installed only if it works, in Chromium', () => {
  let popup: Page;
  let page: Page;

  async function refreshWith(
    route: Parameters<typeof startServer>[0][string],
  ): Promise<{ result: string; reason: string }> {
    refreshServer.routes[PATHS.dataset] = route;
    // The manifest `npm run data` publishes beside the file, naming its exact bytes.
    if (route.body) {
      const version = /"version":"([^"]+)"/.exec(route.body)?.[1] ?? '';
      refreshServer.routes[PATHS.manifest] = { body: JSON.stringify(await makeManifest(route.body, version)) };
    }
    await popup.bringToFront();
    // Each attempt's status carries the time it finished: wait for one that finished after this click. (Waiting
    // only for a different time let a slow machine read the previous attempt's status, rendered late.)
    const clickedAt = await popup.evaluate(() => Date.now());
    await popup.locator('[data-testid="refresh-now"]').click();
    await popup.waitForFunction(
      (since) => {
        const t = document.querySelector('[data-testid="refresh-status"] time')?.getAttribute('datetime') ?? '';
        return t !== '' && Date.parse(t) >= since;
      },
      clickedAt,
      { timeout: 30_000 },
    );
    return {
      result: (await popup.locator('[data-testid="refresh-status"]').getAttribute('data-result')) ?? '',
      reason: await popup.locator('[data-testid="refresh-reason"]').innerText(),
    };
  }

  async function cardShows(text: string): Promise<string> {
    await page.bringToFront();
    let card = '';
    for (let i = 0; i < 20 && !card.includes(text); i++) {
      await page.waitForTimeout(250);
      card = await cardTextFor(page, CLAIM);
    }
    return card;
  }

  it('installs a good published dataset from the dataset URL (providers off), kept in IndexedDB', async () => {
    [page] = context.pages().filter((p) => p.url().includes(SITE_HOST));
    popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('[data-testid="refresh-toggle"]').waitFor({ timeout: 15_000 });
    for (const box of await popup.locator('[data-testid^="refresh-provider-"]').all()) {
      if (await box.isChecked()) await box.click();
    }
    await popup.locator('[data-testid="refresh-url"]').fill(refreshServer.base + PATHS.dataset);
    await popup.locator('[data-testid="refresh-url-save"]').click();

    const st = await refreshWith({ body: publishedDataset('2026.9.2') });
    expect(st.result, st.reason).toBe('updated');
    expect(st.reason).toMatch(/^Updated to version 2026\.9\.2: new dataset from the dataset URL/);
    expect(await cardShows('2 Sep 2026')).toContain('2 Sep 2026');
    // Pages' content scripts can write storage.local: the dataset is not there.
    const keys = await worker.evaluate(() => chrome.storage.local.get(null).then((all) => Object.keys(all)));
    expect(keys).not.toContain('refreshedDataset');
    expect(keys).toContain('datasetNotice');
  });

  it('refuses a dataset whose alias index is corrupted, says why, and the last good dataset keeps marking', async () => {
    const st = await refreshWith({
      body: publishedDataset('2026.9.3', (d) => {
        (d.aliasIndex as { records: unknown[] }).records.reverse();
      }),
    });
    expect(st.result).toBe('failed');
    expect(st.reason).toMatch(
      /^Kept version 2026\.9\.2: .*its alias index does not match its aliases \(record 0 reads/,
    );
    expect(await cardShows('2 Sep 2026')).toContain('2 Sep 2026');
  });

  it('refuses a dataset with a version from the future, and a later good one still installs', async () => {
    const st = await refreshWith({ body: publishedDataset('2099.1.1') });
    expect(st.result).toBe('failed');
    expect(st.reason).toMatch(/its version 2099\.1\.1 is after today/);
    expect(await cardShows('2 Sep 2026')).toContain('2 Sep 2026');

    const next = await refreshWith({ body: publishedDataset('2026.9.4') });
    expect(next.result, next.reason).toBe('updated');
  });

  it('refuses a redirect without following it', async () => {
    const st = await refreshWith({ status: 302, headers: { location: elsewhere.base + PATHS.dataset } });
    expect(st.result).toBe('failed');
    expect(st.reason).toMatch(/redirected the request elsewhere; redirects are not followed/);
    expect(elsewhere.seen).toHaveLength(0);
    expect(await cardShows('2 Sep 2026')).toContain('2 Sep 2026');
  });
});
