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
import {
  ARTEFACTS,
  ROOT,
  clickCardButton,
  ensureBuilt,
  focused,
  hoverMark,
  launchWithExtension,
  listMarks,
  listTargets,
  servePages,
  settleMarks,
  tabToMark,
  unhover,
  waitForCard,
  type Launched,
  type PageServer,
} from './harness';
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

/** Marks on the page, one entry per claim. */
const marksOf = (page: Page) => listMarks(page);

const sorted = (xs: string[]) => [...xs].sort();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function openArticle(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.siteUrl(path));
  // Marks are placed in slices: wait until the count stops changing.
  await settleMarks(page);
  return page;
}

async function baseline(path: string) {
  const page = await browser.context.newPage();
  await page.goto(server.plainUrl(path));
  const out = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
  expect(await listMarks(page)).toEqual([]);
  await page.close();
  return out;
}

async function openPopup(tabPage: Page): Promise<Page> {
  // Runs in the extension's service worker, where `chrome` is the extension API.
  const tabId: number = await browser.worker.evaluate(async (url: string) => {
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
    ).chrome;
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
    // Not one node of the page's body changed: marks are painted, not wrapped.
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(base.html);
    // Each claim has one focusable target, named for screen readers, that never takes the pointer.
    const targets = await listTargets(page);
    expect(targets).toHaveLength(expected.length);
    for (const t of targets) {
      // Named with the claim, the verdict and the official figure (lib/format/claim.ts markLabel).
      expect(t.label).toMatch(/^claim .+, [a-z ]+(, official .+)?$/);
      expect(t.pointerEvents).toBe('none');
    }
  });

  it('opens the card on hover with the figures for the claim', async () => {
    const mark = await hoverMark(page, 0);
    const claim = expected.find((c) => norm(c.text) === norm(mark.text))!;
    expect(claim).toBeTruthy();
    const card = (await waitForCard(page))!;
    const body = norm(card.text);
    expect(body).toContain(claim.indicator!.name);
    // Verdict first, then the official figure for the claim's period (the card of issue #13).
    expect(body.slice(0, 60)).toContain(VERDICT_TEXT[claim.judgement?.verdict ?? 'unverifiable'].short);
    const j = claim.judgement!;
    const levelUnit = claim.kind === 'change' ? claim.unit : claim.indicator!.unit;
    if (j.reference) expect(body).toContain(formatValue(j.reference.value, levelUnit, claim.kind === 'change'));
    // Only an https publisher page is linked (never a code host or blog: lib/format/source.ts).
    expect(card.links.length).toBeLessThanOrEqual(1);
    for (const l of card.links) {
      expect(l.href).toMatch(/^https:\/\//);
      expect(l.rel).toBe('noopener noreferrer');
      expect(l.target).toBe('_blank');
    }
    // The card stays inside the viewport.
    const vp = page.viewportSize()!;
    expect(card.box.x).toBeGreaterThanOrEqual(0);
    expect(card.box.x + card.box.width).toBeLessThanOrEqual(vp.width);
    await page.screenshot({ path: join(ARTEFACTS, 'card-light.png') });
    // Moving away closes it after the grace period.
    await unhover(page);
    await waitForCard(page, false);
  });

  it('keeps the card readable at 200% zoom (the same window, half as many CSS pixels)', async () => {
    const vp = page.viewportSize()!;
    await page.setViewportSize({ width: Math.round(vp.width / 2), height: Math.round(vp.height / 2) });
    try {
      await hoverMark(page, 2);
      const card = (await waitForCard(page))!;
      const small = page.viewportSize()!;
      expect(card.box.x).toBeGreaterThanOrEqual(0);
      expect(card.box.x + card.box.width).toBeLessThanOrEqual(small.width);
      // Nothing cut off sideways: the card's content fits its width, and it scrolls rather than spills.
      expect(card.fitsWidth).toBe(true);
      await page.screenshot({ path: join(ARTEFACTS, 'card-zoom-200.png') });
      await unhover(page);
      await waitForCard(page, false);
    } finally {
      await page.setViewportSize(vp);
    }
  });

  it('opens the card on keyboard focus and closes it on Escape', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const label = await tabToMark(page);
    await waitForCard(page);
    const expandedOf = async () => (await listTargets(page)).find((t) => t.label === label)?.expanded;
    expect(await expandedOf()).toBe('true');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await expandedOf()).toBe('false');
    expect(await focused(page)).toBe(`mark:${label}`);
  });

  it('follows a dark page', async () => {
    const dark = await page.addStyleTag({
      content:
        'html,body{background:#121417!important;color:#e8e8e8!important} body *{background-color:transparent!important;color:#e8e8e8!important}',
    });
    await hoverMark(page, (await marksOf(page)).length - 1);
    const card = (await waitForCard(page))!;
    expect(card.theme).toBe('dark');
    expect(card.box.y).toBeGreaterThanOrEqual(0);
    expect(card.box.y + card.box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.screenshot({ path: join(ARTEFACTS, 'card-dark.png') });
    await unhover(page);
    await waitForCard(page, false);
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
    await expect.poll(async () => (await listMarks(page, '#late')).length, { timeout: 5000 }).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    const after = await marksOf(page);
    const inLate = (await listMarks(page, '#late')).length;
    expect(inLate).toBeGreaterThan(0);
    expect(after.length).toBe(before + inLate);
    await page.evaluate(() => document.getElementById('late')!.remove());
  });

  it('applies the popup’s switches to the open page without a reload', async () => {
    await page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 1));
    const popup = await openPopup(page);
    const shownNow = (await marksOf(page)).length;
    await expect
      .poll(() => popup.locator('[data-testid="shown-count"]').textContent(), { timeout: 5000 })
      .toBe(String(shownNow));
    await popup.screenshot({ path: join(ARTEFACTS, 'popup.png'), fullPage: true });
    const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
    const badge = () =>
      browser.worker.evaluate((id: number) => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } })
          .chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
    await expect.poll(badge, { timeout: 5000 }).toBe(String(shownNow));

    // Only the alarm verdicts (the filters sit in a fold of the popup).
    await popup.locator('[data-testid="settings-fold"] summary').click();
    await popup.locator('[data-testid="show-issues"]').check();
    const issues = expected.filter((c) => ['differs', 'inconsistent'].includes(c.judgement?.verdict ?? '')).length;
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(issues);
    await popup.locator('[data-testid="show-all"]').check();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(expected.length);

    // A category off removes just its marks.
    const cat = expected[0]!.indicator!.category;
    await popup.locator(`[data-testid="cat-${cat}"]`).uncheck();
    const others = expected.filter((c) => c.indicator!.category !== cat).length;
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(others);
    await popup.locator(`[data-testid="cat-${cat}"]`).check();

    // Mark style: the highlight style paints a background behind the claims' text.
    const markRules = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('style[data-claimlens-ui]')].map((s) => s.textContent).join('\n'),
      );
    await popup.locator('[data-testid="mark-style"]').selectOption('highlight');
    await expect.poll(markRules, { timeout: 5000 }).toMatch(/::highlight\(claimlens-[0-9a-f]+-\w+\)\{background-color/);
    await popup.locator('[data-testid="mark-style"]').selectOption('underline');
    await expect
      .poll(markRules, { timeout: 5000 })
      .toMatch(/::highlight\(claimlens-[0-9a-f]+-\w+\)\{text-decoration:underline dotted/);

    // Off for this site, then annotations off everywhere: every mark goes and the DOM is the page's own.
    const base = await baseline(SAMPLE);
    await popup.locator('[data-testid="toggle-site"]').uncheck();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(0);
    expect(await listTargets(page)).toEqual([]);
    // Chromium's own form handling leaves an empty style="" on the page's <input>/<textarea> once they
    // have been rendered and hovered; the extension writes no style attribute anywhere in the page.
    const noEmptyStyle = (h: string) => h.replaceAll(' style=""', '');
    expect(noEmptyStyle(await page.evaluate(() => document.body.innerHTML))).toBe(noEmptyStyle(base.html));
    await popup.locator('[data-testid="toggle-site"]').check();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(expected.length);
    await popup.locator('[data-testid="toggle-enabled"]').uncheck();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).toBe(base.text);
    await popup.locator('[data-testid="toggle-enabled"]').check();
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(expected.length);

    expect(await page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload)).toBe(1);
    await popup.close();
  });

  it('hides one mark from its card', async () => {
    const before = (await marksOf(page)).length;
    const hidden = await hoverMark(page, 0);
    await clickCardButton(page, 'Hide');
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 5000 }).toBe(before - 1);
    await waitForCard(page, false);
    expect((await marksOf(page)).some((m) => m.text === hidden.text && m.rects[0]?.y === hidden.rects[0]?.y)).toBe(
      false,
    );
  });

  it('does not load the dataset on a page without candidate numbers', async () => {
    const p = await browser.context.newPage();
    await p.goto(server.siteUrl('e2e/pages/no-numbers.html'));
    const popup = await openPopup(p);
    await popup.getByText('No figures to check on this page.').waitFor({ timeout: 5000 });
    expect(await marksOf(p)).toEqual([]);
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
