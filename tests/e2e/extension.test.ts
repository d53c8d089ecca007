/**
 * The production build in Chromium: marks appear where the engine finds claims, the card opens on
 * hover and on keyboard focus with the right figures, the popup's switches change the open page
 * without a reload, and the page's text never changes.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { VERDICT_TEXT, formatValue } from '../../components/format';
import type { Claim } from '../../lib/claims/types';
import { ARTEFACTS, ROOT, ensureBuilt, launchWithExtension, servePages, type Launched, type PageServer } from './harness';
import { expectedClaims } from './expected';

const TESTS = join(ROOT, 'tests');
const SAMPLE = existsSync(join(TESTS, 'fixtures/demo/sample-article.html'))
  ? 'fixtures/demo/sample-article.html'
  : 'fixtures/articles/ainvest-auto-tariff-relief.html';
const SECOND = 'fixtures/articles/wire-tariff-selloff.html';

let server: PageServer;
let browser: Launched;

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(ARTEFACTS, { recursive: true });
  server = await servePages(TESTS);
  browser = await launchWithExtension(server.port);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Marks on the page, one entry per claim (pieces of a split number joined). */
async function marksOf(page: Page) {
  return page.evaluate(() => {
    const groups = new Map<string, { text: string; verdict: string }>();
    for (const el of document.querySelectorAll('claimlens-mark')) {
      const id = el.getAttribute('data-claimlens-id')!;
      const g = groups.get(id);
      if (g) g.text += el.textContent;
      else groups.set(id, { text: el.textContent ?? '', verdict: el.getAttribute('data-claimlens-verdict') ?? '' });
    }
    return [...groups.values()];
  });
}

const sorted = (xs: string[]) => [...xs].sort();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function openArticle(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.siteUrl(path));
  await page.waitForSelector('claimlens-mark', { timeout: 15_000 });
  // Marks are placed in slices: wait until the count stops changing.
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const n = await page.locator('claimlens-mark').count();
    if (n === last) break;
    last = n;
    await page.waitForTimeout(150);
  }
  return page;
}

async function baseline(path: string) {
  const page = await browser.context.newPage();
  await page.goto(server.plainUrl(path));
  const out = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
  expect(await page.locator('claimlens-mark').count()).toBe(0);
  await page.close();
  return out;
}

async function openPopup(tabPage: Page): Promise<Page> {
  // Runs in the extension's service worker, where `chrome` is the extension API.
  const tabId: number = await browser.worker.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === url)!.id!;
  }, tabPage.url());
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 760 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="toggle-enabled"]');
  return popup;
}

describe('the extension in Chromium', () => {
  let page: Page;
  let expected: Claim[];

  it('marks the claims the engine finds, and leaves the page text alone', async () => {
    expected = expectedClaims(join(TESTS, SAMPLE));
    expect(expected.length).toBeGreaterThan(2);
    const base = await baseline(SAMPLE);
    page = await openArticle(SAMPLE);
    const marks = await marksOf(page);
    expect(sorted(marks.map((m) => `${norm(m.text)} → ${m.verdict}`))).toEqual(
      sorted(expected.map((c) => `${norm(c.text)} → ${c.judgement?.verdict ?? 'unverifiable'}`)),
    );
    expect(await page.evaluate(() => document.body.innerText)).toBe(base.text);
    // Marks are focusable and named for screen readers.
    const first = page.locator('claimlens-mark[tabindex="0"]').first();
    expect(await first.getAttribute('role')).toBe('button');
    expect(await first.getAttribute('aria-label')).toMatch(/ClaimLens/);
  });

  it('opens the card on hover with the figures for the claim', async () => {
    const marks = page.locator('claimlens-mark[tabindex="0"]');
    const text = norm((await marks.first().textContent()) ?? '');
    const claim = expected.find((c) => norm(c.text).startsWith(text))!;
    await marks.first().hover();
    const card = page.locator('claimlens-card .card');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    const body = norm(await card.innerText());
    expect(body).toContain(claim.indicator!.name);
    expect(body).toContain(VERDICT_TEXT[claim.judgement?.verdict ?? 'unverifiable'].short);
    const j = claim.judgement!;
    if (j.current) expect(body).toContain(formatValue(j.current.value, claim.indicator!.unit).replace('−', '−'));
    if (j.reference) expect(body).toContain(j.reference.as_of);
    const link = card.locator('a[href^="https://"]');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    // The card stays inside the viewport.
    const box = (await card.boundingBox())!;
    const vp = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
    await page.screenshot({ path: join(ARTEFACTS, 'card-light.png') });
    // Moving away closes it after the grace period.
    await page.mouse.move(2, 2);
    await card.waitFor({ state: 'detached', timeout: 5000 });
  });

  it('keeps the card readable at 200% zoom (the same window, half as many CSS pixels)', async () => {
    const vp = page.viewportSize()!;
    await page.setViewportSize({ width: Math.round(vp.width / 2), height: Math.round(vp.height / 2) });
    try {
      const mark = page.locator('claimlens-mark[tabindex="0"]').nth(2);
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      const card = page.locator('claimlens-card .card');
      await card.waitFor({ state: 'visible', timeout: 5000 });
      const small = page.viewportSize()!;
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(small.width);
      // Nothing cut off sideways: the card's content fits its width, and it scrolls rather than spills.
      const fits = await card.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(fits).toBe(true);
      await page.screenshot({ path: join(ARTEFACTS, 'card-zoom-200.png') });
      await page.mouse.move(2, 2);
      await card.waitFor({ state: 'detached', timeout: 5000 });
    } finally {
      await page.setViewportSize(vp);
    }
  });

  it('opens the card on keyboard focus and closes it on Escape', async () => {
    const marks = page.locator('claimlens-mark[tabindex="0"]');
    const n = await marks.count();
    const target = marks.nth(Math.min(1, n - 1));
    await target.focus();
    const card = page.locator('claimlens-card .card');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    expect(await target.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5000 });
    expect(await target.getAttribute('aria-expanded')).toBe('false');
  });

  it('follows a dark page', async () => {
    const dark = await page.addStyleTag({
      content: 'html,body{background:#121417!important;color:#e8e8e8!important} body *{background-color:transparent!important;color:#e8e8e8!important}',
    });
    const mark = page.locator('claimlens-mark[tabindex="0"]').last();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator('claimlens-card .card');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    expect(await card.getAttribute('data-theme')).toBe('dark');
    const box = (await card.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.screenshot({ path: join(ARTEFACTS, 'card-dark.png') });
    await page.mouse.move(2, 2);
    await card.waitFor({ state: 'detached', timeout: 5000 });
    await dark.evaluate((el) => (el as Element).remove());
  });

  it('marks content the page adds later, once', async () => {
    const claim = expected[0]!;
    const before = (await marksOf(page)).length;
    await page.evaluate((sentence) => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = sentence;
      document.querySelector('article, main, body')!.append(p);
    }, claim.sentence);
    await page.waitForSelector('#late claimlens-mark', { timeout: 5000 });
    await page.waitForTimeout(600);
    const after = await marksOf(page);
    const inLate = await page.locator('#late claimlens-mark[tabindex="0"]').count();
    expect(inLate).toBeGreaterThan(0);
    expect(after.length).toBe(before + inLate);
    await page.evaluate(() => document.getElementById('late')!.remove());
  });

  it('applies the popup’s switches to the open page without a reload', async () => {
    await page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 1));
    const popup = await openPopup(page);
    const shownNow = (await marksOf(page)).length;
    await expect.poll(() => popup.locator('[data-testid="shown-count"]').textContent(), { timeout: 5000 }).toBe(String(shownNow));
    await popup.screenshot({ path: join(ARTEFACTS, 'popup.png'), fullPage: true });
    const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
    const badge = () =>
      browser.worker.evaluate((id: number) => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
    await expect.poll(badge, { timeout: 5000 }).toBe(String(shownNow));

    // Only claims that differ, have since changed or are inconsistent.
    await popup.locator('[data-testid="show-issues"]').check();
    const issues = expected.filter((c) => ['differs', 'since-changed', 'inconsistent'].includes(c.judgement?.verdict ?? '')).length;
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(issues);
    await popup.locator('[data-testid="show-all"]').check();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(expected.length);

    // A category off removes just its marks.
    const cat = expected[0]!.indicator!.category;
    await popup.locator(`[data-testid="cat-${cat}"]`).uncheck();
    const others = expected.filter((c) => c.indicator!.category !== cat).length;
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(others);
    await popup.locator(`[data-testid="cat-${cat}"]`).check();

    // Mark style: the highlight paints a background.
    await popup.locator('[data-testid="mark-style"]').selectOption('highlight');
    await expect
      .poll(() => page.locator('claimlens-mark').first().evaluate((el) => getComputedStyle(el).backgroundColor), { timeout: 5000 })
      .not.toBe('rgba(0, 0, 0, 0)');
    await popup.locator('[data-testid="mark-style"]').selectOption('underline');

    // Off for this site, then annotations off everywhere: every mark goes and the DOM is the page's own.
    const base = await baseline(SAMPLE);
    await popup.locator('[data-testid="toggle-site"]').uncheck();
    await expect.poll(() => page.locator('claimlens-mark').count(), { timeout: 5000 }).toBe(0);
    // Chromium's own form handling leaves an empty style="" on the page's <input>/<textarea> once they
    // have been rendered and hovered; the extension writes no style attribute anywhere in the page.
    const noEmptyStyle = (h: string) => h.replaceAll(' style=""', '');
    expect(noEmptyStyle(await page.evaluate(() => document.body.innerHTML))).toBe(noEmptyStyle(base.html));
    await popup.locator('[data-testid="toggle-site"]').check();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(expected.length);
    await popup.locator('[data-testid="toggle-enabled"]').uncheck();
    await expect.poll(() => page.locator('claimlens-mark').count(), { timeout: 5000 }).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).toBe(base.text);
    await popup.locator('[data-testid="toggle-enabled"]').check();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(expected.length);

    expect(await page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload)).toBe(1);
    await popup.close();
  });

  it('hides one mark from its card', async () => {
    const before = (await marksOf(page)).length;
    const mark = page.locator('claimlens-mark[tabindex="0"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator('claimlens-card .card');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    await card.getByRole('button', { name: 'Hide this mark' }).click();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(before - 1);
    await card.waitFor({ state: 'detached', timeout: 5000 });
  });

  it('does not load the dataset on a page without candidate numbers', async () => {
    const p = await browser.context.newPage();
    await p.goto(server.siteUrl('e2e/pages/no-numbers.html'));
    const popup = await openPopup(p);
    await popup.getByText('No figures to check on this page.').waitFor({ timeout: 5000 });
    expect(await p.locator('claimlens-mark').count()).toBe(0);
    await popup.close();
    await p.close();
  });

  it('marks a second fixture consistently with the engine', async () => {
    const want = expectedClaims(join(TESTS, SECOND));
    const p = want.length ? await openArticle(SECOND) : await browser.context.newPage();
    const got = await marksOf(p);
    expect(sorted(got.map((m) => norm(m.text)))).toEqual(sorted(want.map((c) => norm(c.text))));
    await p.close();
  });
});
