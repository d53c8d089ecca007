/**
 * Issue #13's bars in Chromium, on the production build: hovering every mark of the sample article
 * and three fixture pages at 1280×800 and 400×800, every card opens, stays within its height
 * budget, never covers its claim, says its verdict within its first 60 characters, shows no
 * repository path, commit hash or curation note and links only an https publisher page. Then the
 * keyboard path, and the popup, report, hide-with-undo and site-off-with-undo.
 *
 * Run alone (one browser file at a time), after `npm run build`.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ROOT, ensureBuilt, launchWithExtension, servePages, type Launched, type PageServer } from './harness';
import { VERDICTS, VERDICT_WORDS } from '../../lib/verdicts';
import { intersects, type Box } from '../../lib/placement/clear-of-marks';

const TESTS = join(ROOT, 'tests');
const PAGES = [
  'fixtures/demo/sample-article.html',
  'fixtures/articles/ainvest-auto-tariff-relief.html',
  'fixtures/articles/blind2-us-jobs-cpi.html',
  'fixtures/articles/blind4-asia-fx-bonds.html',
];
const SIZES = [
  { width: 1280, height: 800, maxCard: 260 },
  { width: 400, height: 800, maxCard: 0.6 * 800 },
];
/** Repository paths, commit hashes and curation notes: none may reach a reader. */
const CURATION = /(github|gitlab|SOURCES\.md|\.csv\b|\bdata\/\w|@ [0-9a-f]{7}|\b[0-9a-f]{8,40}\b|misprint|rows after)/i;
const NOT_PUBLISHER = /(^|\.)(github\.(com|io)|githubusercontent\.com|gitlab\.(com|io)|bitbucket\.org|wikipedia\.org|blogspot\.com|wordpress\.com|medium\.com|substack\.com)$|(^|\.)blog\.|\.blog$/i;

/** Cards compared with an official figure that show no publisher link. */
const unlinked: string[] = [];
let server: PageServer;
let browser: Launched;

beforeAll(async () => {
  ensureBuilt();
  server = await servePages(TESTS);
  browser = await launchWithExtension(server.port);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// ---- The one place that knows how marks and the card are reached on a page (adapt here after the marks' rewrite). ----

interface MarkHandle {
  id: string;
  /** What the reader points at or tabs to. */
  target: Locator;
  /** Every client rect of the claim's marks. */
  rects: () => Promise<Box[]>;
  /** Whether its card is open. */
  expanded: () => Promise<boolean>;
}

async function marksOn(page: Page): Promise<MarkHandle[]> {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('claimlens-mark[tabindex="0"]')].map((el) => el.getAttribute('data-claimlens-id')!),
  );
  return ids.map((id) => {
    const all = page.locator(`claimlens-mark[data-claimlens-id="${id}"]`);
    return {
      id,
      target: all.first(),
      rects: () =>
        all.evaluateAll((els) =>
          els.flatMap((el) => [...el.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }))),
        ),
      expanded: async () => (await all.first().getAttribute('aria-expanded')) === 'true',
    };
  });
}

const cardOf = (page: Page) => page.locator('claimlens-card .card');
const toastOf = (page: Page) => page.locator('claimlens-card [data-testid="claimlens-toast"]');

// ---- helpers ----

async function openArticle(path: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(server.siteUrl(path));
  await page.waitForSelector('claimlens-mark', { timeout: 15_000 });
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const n = await page.locator('claimlens-mark').count();
    if (n === last) break;
    last = n;
    await page.waitForTimeout(150);
  }
  return page;
}

/** Waits for the card's position to settle (floating-ui places it after the first frame). */
async function settledBox(card: Locator) {
  let prev = await card.boundingBox();
  for (let i = 0; i < 10; i++) {
    await card.page().waitForTimeout(40);
    const b = await card.boundingBox();
    if (b && prev && b.x === prev.x && b.y === prev.y && b.height === prev.height) return b;
    prev = b;
  }
  return prev;
}

interface CardReport {
  page: string;
  width: number;
  height: number;
  text: string;
  problems: string[];
}

async function checkCard(page: Page, mark: MarkHandle, maxHeight: number): Promise<string[]> {
  const problems: string[] = [];
  const card = cardOf(page);
  const box = await settledBox(card);
  if (!box) return ['card has no box'];
  if (box.height > maxHeight) problems.push(`height ${Math.round(box.height)} > ${maxHeight}`);
  const cardRect = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  for (const r of await mark.rects()) if (intersects(cardRect, r)) problems.push('covers its claim');
  const text = (await card.innerText()).replace(/\s+/g, ' ').trim();
  const verdict = (await card.getAttribute('data-verdict')) as keyof typeof VERDICT_WORDS;
  if (!VERDICT_WORDS[verdict] || !text.slice(0, 60).includes(VERDICT_WORDS[verdict].word)) problems.push(`verdict not first: ${text.slice(0, 60)}`);
  if (CURATION.test(text)) problems.push(`curation text: ${CURATION.exec(text)![0]}`);
  const hrefs = await card.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const h of hrefs) {
    const u = new URL(h);
    if (u.protocol !== 'https:' || NOT_PUBLISHER.test(u.hostname)) problems.push(`link ${h}`);
  }
  // A claim compared with an official figure names its publisher with a link (checked on its own below:
  // it depends on the dataset recording each figure's primary publisher).
  if (['matches', 'close', 'differs', 'since-changed', 'check'].includes(verdict) && hrefs.length !== 1) {
    unlinked.push(`${verdict}: ${text.slice(0, 70)}`);
  }
  return problems;
}

describe('issue #13: every card, hovered, at 1280×800 and 400×800', () => {
  const reports: CardReport[] = [];

  for (const size of SIZES) {
    for (const path of PAGES) {
      it(`${path} at ${size.width}×${size.height}`, async () => {
        const page = await openArticle(path, size);
        const marks = await marksOn(page);
        expect(marks.length).toBeGreaterThan(0);
        for (const mark of marks) {
          await page.keyboard.press('Escape'); // the last card away, so it covers no mark we point at next
          await mark.target.scrollIntoViewIfNeeded();
          try {
            await mark.target.hover({ timeout: 2000 });
          } catch {
            // The page's own layout covers this mark at this width (a side column over the text):
            // a pointer cannot reach it, the keyboard can.
            await mark.target.focus();
          }
          await expect.poll(mark.expanded, { timeout: 4000 }).toBe(true);
          await cardOf(page).waitFor({ state: 'visible', timeout: 4000 });
          const problems = await checkCard(page, mark, size.maxCard);
          const text = ((await cardOf(page).innerText()) ?? '').replace(/\s+/g, ' ').slice(0, 90);
          const height = Math.round((await cardOf(page).boundingBox())?.height ?? 0);
          reports.push({ page: path, width: size.width, height, text, problems });
        }
        await page.close();
        const bad = reports.filter((r) => r.page === path && r.width === size.width && r.problems.length);
        expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
      }, 180_000);
    }
  }

  it('every card compared with an official figure links its https publisher page', () => {
    expect(reports.length).toBeGreaterThan(0);
    for (const w of SIZES.map((s) => s.width)) {
      const hs = reports.filter((r) => r.width === w).map((r) => r.height);
      console.log(`cards at ${w} px wide: ${hs.length}, tallest ${Math.max(...hs)} px, median ${[...hs].sort((a, b) => a - b)[hs.length >> 1]} px`);
    }
    expect(unlinked, `${unlinked.length} of ${reports.length} cards:\n${[...new Set(unlinked)].join('\n')}`).toEqual([]);
  });
});

describe('issue #13: keyboard', () => {
  it('Tab to a mark opens its card unobscured; Enter moves into it; its controls are reachable; Escape returns to the mark', async () => {
    const page = await openArticle(PAGES[0]!, SIZES[0]!);
    const marks = await marksOn(page);
    let checked = 0;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 400 && checked < marks.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.closest('claimlens-mark')?.getAttribute('data-claimlens-id') ?? null);
      if (!id) continue;
      const mark = marks.find((m) => m.id === id)!;
      await cardOf(page).waitFor({ state: 'visible', timeout: 4000 });
      const box = (await settledBox(cardOf(page)))!;
      const cardRect = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
      for (const r of await mark.rects()) expect(intersects(cardRect, r), `card hides focused mark ${id}`).toBe(false);
      checked++;
      if (checked === 3) {
        // Into the card, through its controls, and back out with Escape.
        await page.keyboard.press('Enter');
        const inCard = () => page.evaluate(() => !!document.activeElement?.closest('claimlens-card'));
        await expect.poll(inCard, { timeout: 3000 }).toBe(true);
        const names: string[] = [];
        for (let k = 0; k < 4; k++) {
          await page.keyboard.press('Tab');
          names.push(
            await page.evaluate(() => {
              const host = document.querySelector('claimlens-card');
              return (host?.shadowRoot?.activeElement as HTMLElement | null)?.innerText ?? '';
            }),
          );
        }
        expect(names.join('|')).toMatch(/Details.*Report a wrong match.*Hide/);
        await page.keyboard.press('Escape');
        await cardOf(page).waitFor({ state: 'detached', timeout: 3000 });
        expect(await page.evaluate(() => document.activeElement?.closest('claimlens-mark')?.getAttribute('data-claimlens-id'))).toBe(id);
      }
    }
    expect(checked).toBe(marks.length);
    await page.close();
  }, 180_000);
});

async function openPopup(tabPage: Page): Promise<Page> {
  const tabId: number = await browser.worker.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === url)!.id!;
  }, tabPage.url());
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 800 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="toggle-enabled"]');
  return popup;
}

async function hoverFirst(page: Page): Promise<MarkHandle> {
  const [mark] = await marksOn(page);
  await page.keyboard.press('Escape');
  await mark!.target.scrollIntoViewIfNeeded();
  await mark!.target.hover();
  await cardOf(page).waitFor({ state: 'visible', timeout: 4000 });
  return mark!;
}

describe('issue #13: popup and recourse', () => {
  it('the popup fits 600 px, has real switches, a legend, the dataset age, and its counts filter the page', async () => {
    const page = await openArticle(PAGES[0]!, SIZES[0]!);
    const popup = await openPopup(page);
    await popup.locator('[data-testid="shown-count"]').waitFor();
    await popup.locator('[data-testid="dataset-age"]').waitFor();
    // The whole first view fits: its content, not just its box (which CSS caps at 600 px), is ≤ 600 px.
    const height = await popup.evaluate(() => document.querySelector('.popup')!.scrollHeight);
    expect(height).toBeLessThanOrEqual(600);
    expect(await popup.locator('[role="switch"]').count()).toBeGreaterThanOrEqual(2);
    expect(await popup.locator('[data-testid="dataset-age"]').innerText()).toMatch(/^Figures to \d{1,2} \w{3} \d{4}, (\d+ days? old|from today)$/);
    expect(await popup.locator('[data-testid="popup-legend"] li').count()).toBe(VERDICTS.length);
    const all = (await marksOn(page)).length;
    const n = Number(await popup.locator('[data-testid="count-matches"]').innerText());
    expect(n).toBeGreaterThan(0);
    await popup.locator('[data-testid="filter-matches"]').click();
    await expect.poll(async () => (await marksOn(page)).length, { timeout: 5000 }).toBe(n);
    await popup.locator('[data-testid="filter-matches"]').click();
    await expect.poll(async () => (await marksOn(page)).length, { timeout: 5000 }).toBe(all);
    await popup.close();
    await page.close();
  }, 120_000);

  it('Report a wrong match is kept locally and listed in the popup, with Copy as text', async () => {
    const page = await openArticle(PAGES[0]!, SIZES[0]!);
    const mark = await hoverFirst(page);
    const claimText = (await mark.target.innerText()).trim();
    await cardOf(page).locator('[data-testid="card-report"]').click();
    await cardOf(page).getByText('Report saved in this browser only').waitFor({ timeout: 3000 });
    const popup = await openPopup(page);
    await popup.locator('[data-testid="reports-fold"] summary').click();
    const items = popup.locator('[data-testid="report"]');
    await items.first().waitFor({ timeout: 3000 });
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toContain(claimText.slice(0, 4));
    await popup.locator('[data-testid="reports-copy"]').click();
    await expect.poll(() => popup.locator('[data-testid="reports-status"]').innerText(), { timeout: 3000 }).toBe('Copied 1 report as text.');
    await popup.close();
    await page.close();
  }, 120_000);

  it('Hide persists on reload and Undo brings the mark back', async () => {
    let page = await openArticle(PAGES[0]!, SIZES[0]!);
    const before = (await marksOn(page)).length;
    await hoverFirst(page);
    await cardOf(page).locator('[data-testid="card-hide"]').click();
    await expect.poll(async () => (await marksOn(page)).length, { timeout: 5000 }).toBe(before - 1);
    await toastOf(page).waitFor({ timeout: 3000 });
    await toastOf(page).locator('[data-testid="toast-undo"]').click();
    await expect.poll(async () => (await marksOn(page)).length, { timeout: 5000 }).toBe(before);
    // Hidden again, it stays hidden after a reload.
    await hoverFirst(page);
    await cardOf(page).locator('[data-testid="card-hide"]').click();
    await expect.poll(async () => (await marksOn(page)).length, { timeout: 5000 }).toBe(before - 1);
    await page.close();
    page = await openArticle(PAGES[0]!, SIZES[0]!);
    await page.waitForTimeout(500);
    expect((await marksOn(page)).length).toBe(before - 1);
    await page.close();
  }, 120_000);

  it('Turn off on this site sits in the card’s menu and Undo turns it back on', async () => {
    const page = await openArticle(PAGES[1]!, SIZES[0]!);
    const before = (await marksOn(page)).length;
    await hoverFirst(page);
    expect(await cardOf(page).locator('[data-testid="card-site-off"]').isVisible()).toBe(false);
    await cardOf(page).locator('[data-testid="card-more"]').click();
    await cardOf(page).locator('[data-testid="card-site-off"]').click();
    await expect.poll(async () => (await marksOn(page)).length, { timeout: 5000 }).toBe(0);
    await toastOf(page).waitFor({ timeout: 3000 });
    expect(await toastOf(page).innerText()).toContain('ClaimLens is off on ainvest.com');
    await toastOf(page).locator('[data-testid="toast-undo"]').click();
    await expect.poll(async () => (await marksOn(page)).length, { timeout: 8000 }).toBe(before);
    await page.close();
  }, 120_000);
});
