/**
 * Opt-in refresh, end to end in Chromium: a test build whose refresh sources point at a local
 * server (CLAIMLENS_REFRESH_BASE, built into .output/chrome-mv3-test), the reader switches
 * "Keep the dataset up to date" on in the popup, the background fetches the recorded payloads,
 * and a card already open in a tab shows the new figure and its date without a reload.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { formatValue } from '../../components/format';
import { ROOT, SITE_HOST, hoverMark, launchWithExtension, listMarks, servePages, settleMarks, waitForCard, type Launched, type PageServer } from './harness';
import { PATHS, payload, startServer } from '../refresh/server';

// Evaluated inside the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

const TEST_BUILD = join(ROOT, '.output/chrome-mv3-test');
const ARTICLE = 'articles/fx-yen-jgb-yields.html';
const CLAIM = '$1.1707'; // a EUR/USD figure on that page
const COINBASE = { date: 'Fri, 09 Feb 2024 18:30:00 GMT', 'content-type': 'application/json' };

let refreshServer: Awaited<ReturnType<typeof startServer>>;
let pages: PageServer;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let launched: Launched | undefined;

beforeAll(async () => {
  refreshServer = await startServer(
    {
      [PATHS.ecb]: { body: payload('ecb-eurofxref-daily.SAMPLE-e2e.xml'), etag: '"e2e-ecb"', headers: { 'content-type': 'text/xml' } },
      [PATHS.btc]: { body: payload('coinbase-spot-BTC-USD.json'), headers: COINBASE },
      [PATHS.eth]: { body: payload('coinbase-spot-ETH-USD.json'), headers: COINBASE },
    },
    // The Treasury URL names the current month; any month gets the recorded March 2025 feed.
    (path) => (path.startsWith(PATHS.treasury('')) ? { body: payload('treasury-par-yield-2025-03.xml') } : undefined),
  );
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
});

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
    expect(before).toContain('as of 2026-04-13');
    expect(before).not.toContain('2026-09-01');
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

    const status = popup.locator('[data-testid="refresh-status"][data-result="updated"]');
    await status.waitFor({ timeout: 30_000 });
    const reason = await popup.locator('[data-testid="refresh-reason"]').innerText();
    expect(reason).toMatch(/^Updated to version \d{4}\.\d+\.\d+\.\d+/);
    expect(await popup.locator('[data-testid="refresh-bundled"]').isEnabled()).toBe(true);

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
    for (let i = 0; i < 20 && !after.includes('2026-09-01'); i++) {
      await page.waitForTimeout(250);
      after = await cardTextFor(page, CLAIM);
    }
    expect(after).toContain('as of 2026-09-01');
    expect(after).toContain(formatValue(1.15, 'USD per EUR'));
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    // Back to the bundled snapshot: the card returns to the bundled figure.
    await popup.bringToFront();
    await popup.locator('[data-testid="refresh-bundled"]').click();
    await page.bringToFront();
    let back = '';
    for (let i = 0; i < 20 && !back.includes('2026-04-13'); i++) {
      await page.waitForTimeout(250);
      back = await cardTextFor(page, CLAIM);
    }
    expect(back).toContain('as of 2026-04-13');
  });
});
