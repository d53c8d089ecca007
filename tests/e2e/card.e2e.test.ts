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
import type { Page } from 'playwright-core';
import {
  ROOT,
  boxInCard,
  clickInCard,
  countMarks,
  ensureBuilt,
  focused,
  hoverMark,
  inClosedRoot,
  launchWithExtension,
  listMarks,
  listTargets,
  readCard,
  servePages,
  settleMarks,
  unhover,
  waitForCard,
  waitForToast,
  type CardInfo,
  type Launched,
  type MarkInfo,
  type PageServer,
} from './harness';
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
const NOT_PUBLISHER =
  /(^|\.)(github\.(com|io)|githubusercontent\.com|gitlab\.(com|io)|bitbucket\.org|wikipedia\.org|blogspot\.com|wordpress\.com|medium\.com|substack\.com)$|(^|\.)blog\.|\.blog$/i;

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

// ---- How marks and the card are reached: claims are painted ranges, their targets and the card sit in closed roots (harness.ts). ----

const boxOf = (r: { x: number; y: number; width: number; height: number }): Box => ({
  left: r.x,
  top: r.y,
  right: r.x + r.width,
  bottom: r.y + r.height,
});

/** Whether claim i's target (targets keep document order, as marks do) says its card is open. */
async function expanded(page: Page, i: number): Promise<boolean> {
  return (await listTargets(page))[i]?.expanded === 'true';
}

/** Focuses claim i's target as the keyboard would land on it (the page's layout may cover its text from the pointer). */
async function focusTarget(page: Page, i: number): Promise<void> {
  await inClosedRoot(
    page,
    'claimlens-overlay',
    `function (i) { [...this.querySelectorAll('[role="button"]')].filter((t) => !t.hidden)[i]?.focus(); return true; }`,
    i,
  );
}

// ---- helpers ----

async function openArticle(path: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(server.siteUrl(path));
  await settleMarks(page);
  return page;
}

/** Waits for the card's position to settle (floating-ui places it after the first frame). */
async function settledCard(page: Page): Promise<CardInfo | null> {
  let prev = await waitForCard(page);
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(40);
    const c = await readCard(page);
    if (c && prev && c.box.x === prev.box.x && c.box.y === prev.box.y && c.box.height === prev.box.height) return c;
    prev = c;
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

async function checkCard(page: Page, card: CardInfo, i: number, mark: MarkInfo, maxHeight: number): Promise<string[]> {
  const problems: string[] = [];
  const box = card.box;
  if (box.height > maxHeight) problems.push(`height ${Math.round(box.height)} > ${maxHeight}`);
  const cardRect = boxOf(box);
  // The claim's rects now (the page may have scrolled to show the card); marks keep document order.
  const now = (await listMarks(page))[i] ?? mark;
  for (const r of now.rects) if (intersects(cardRect, boxOf(r))) problems.push('covers its claim');
  const text = card.text.replace(/\s+/g, ' ').trim();
  const verdict = card.verdict as keyof typeof VERDICT_WORDS;
  if (!VERDICT_WORDS[verdict] || !text.slice(0, 60).includes(VERDICT_WORDS[verdict].word))
    problems.push(`verdict not first: ${text.slice(0, 60)}`);
  if (CURATION.test(text)) problems.push(`curation text: ${CURATION.exec(text)![0]}`);
  const hrefs = card.links.map((l) => l.href);
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
        const marks = await listMarks(page);
        expect(marks.length).toBeGreaterThan(0);
        expect((await listTargets(page)).length, 'one focusable target per painted claim').toBe(marks.length);
        for (let i = 0; i < marks.length; i++) {
          await page.keyboard.press('Escape'); // the last card away, so it covers no mark we point at next
          await unhover(page);
          await waitForCard(page, false, 4000).catch(() => {});
          const mark = await hoverMark(page, i);
          try {
            await expect.poll(() => expanded(page, i), { timeout: 2000 }).toBe(true);
          } catch {
            // The page's own layout covers this mark at this width (a side column over the text):
            // a pointer cannot reach it, the keyboard can.
            await focusTarget(page, i);
          }
          await expect.poll(() => expanded(page, i), { timeout: 4000 }).toBe(true);
          const card = (await settledCard(page))!;
          const problems = await checkCard(page, card, i, mark, size.maxCard);
          const text = card.text.replace(/\s+/g, ' ').slice(0, 90);
          reports.push({ page: path, width: size.width, height: Math.round(card.box.height), text, problems });
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
      console.log(
        `cards at ${w} px wide: ${hs.length}, tallest ${Math.max(...hs)} px, median ${[...hs].sort((a, b) => a - b)[hs.length >> 1]} px`,
      );
    }
    expect(unlinked, `${unlinked.length} of ${reports.length} cards:\n${[...new Set(unlinked)].join('\n')}`).toEqual(
      [],
    );
  });
});

describe('issue #13: keyboard', () => {
  it('Tab to a mark opens its card unobscured; Enter moves into it; its controls are reachable; Escape returns to the mark', async () => {
    const page = await openArticle(PAGES[0]!, SIZES[0]!);
    const marks = await listMarks(page);
    const labels = (await listTargets(page)).map((t) => t.label);
    expect(labels.length).toBe(marks.length);
    let checked = 0;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 400 && checked < marks.length; i++) {
      await page.keyboard.press('Tab');
      const at = await focused(page);
      if (!at.startsWith('mark:')) continue;
      const label = at.slice(5);
      // Targets keep document order, so the k-th target reached is the k-th painted claim.
      const k = checked;
      expect(label, `Tab reaches claim ${k} in reading order`).toBe(labels[k]);
      const card = (await settledCard(page))!;
      const now = (await listMarks(page))[k]!;
      for (const r of now.rects)
        expect(intersects(boxOf(card.box), boxOf(r)), `card hides focused mark ${label}`).toBe(false);
      checked++;
      if (checked === 3) {
        // Into the card, through its controls, and back out with Escape.
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await focused(page)).startsWith('card:'), { timeout: 3000 }).toBe(true);
        const names: string[] = [];
        for (let n = 0; n < 4; n++) {
          await page.keyboard.press('Tab');
          names.push(await focused(page));
        }
        expect(names.join('|')).toMatch(/Details.*Report a wrong match.*Hide/);
        await page.keyboard.press('Escape');
        await waitForCard(page, false, 3000);
        expect(await focused(page)).toBe(`mark:${label}`);
      }
    }
    expect(checked).toBe(marks.length);
    await page.close();
  }, 180_000);
});

async function openPopup(tabPage: Page): Promise<Page> {
  const tabId: number = await browser.worker.evaluate(async (url: string) => {
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
    ).chrome;
    return (await api.tabs.query({})).find((t) => t.url === url)!.id!;
  }, tabPage.url());
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 800 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="toggle-enabled"]');
  return popup;
}

async function hoverFirst(page: Page): Promise<MarkInfo> {
  await page.keyboard.press('Escape');
  await unhover(page);
  const mark = await hoverMark(page, 0);
  await waitForCard(page, true, 4000);
  return mark;
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
    expect(await popup.locator('[data-testid="dataset-age"]').innerText()).toMatch(
      /^Figures to \d{1,2} \w{3} \d{4}, (\d+ days? old|from today)$/,
    );
    expect(await popup.locator('[data-testid="popup-legend"] li').count()).toBe(VERDICTS.length);
    const all = await countMarks(page);
    const n = Number(await popup.locator('[data-testid="count-matches"]').innerText());
    expect(n).toBeGreaterThan(0);
    await popup.locator('[data-testid="filter-matches"]').click();
    await expect.poll(async () => await countMarks(page), { timeout: 5000 }).toBe(n);
    await popup.locator('[data-testid="filter-matches"]').click();
    await expect.poll(async () => await countMarks(page), { timeout: 5000 }).toBe(all);
    await popup.close();
    await page.close();
  }, 120_000);

  it('Report a wrong match is kept locally and listed in the popup, with Copy as text', async () => {
    const page = await openArticle(PAGES[0]!, SIZES[0]!);
    const mark = await hoverFirst(page);
    const claimText = mark.text.trim();
    await clickInCard(page, '[data-testid="card-report"]');
    await expect
      .poll(async () => (await readCard(page))?.text ?? '', { timeout: 3000 })
      .toContain('Report saved in this browser only');
    const popup = await openPopup(page);
    await popup.locator('[data-testid="reports-fold"] summary').click();
    const items = popup.locator('[data-testid="report"]');
    await items.first().waitFor({ timeout: 3000 });
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toContain(claimText.slice(0, 4));
    await popup.locator('[data-testid="reports-copy"]').click();
    await expect
      .poll(() => popup.locator('[data-testid="reports-status"]').innerText(), { timeout: 3000 })
      .toBe('Copied 1 report as text.');
    await popup.close();
    await page.close();
  }, 120_000);

  it('Hide persists on reload and Undo brings the mark back', async () => {
    let page = await openArticle(PAGES[0]!, SIZES[0]!);
    const before = await countMarks(page);
    await hoverFirst(page);
    await clickInCard(page, '[data-testid="card-hide"]');
    await expect.poll(async () => await countMarks(page), { timeout: 5000 }).toBe(before - 1);
    await waitForToast(page);
    await clickInCard(page, '[data-testid="toast-undo"]');
    await expect.poll(async () => await countMarks(page), { timeout: 5000 }).toBe(before);
    // Hidden again, it stays hidden after a reload.
    await hoverFirst(page);
    await clickInCard(page, '[data-testid="card-hide"]');
    await expect.poll(async () => await countMarks(page), { timeout: 5000 }).toBe(before - 1);
    await page.close();
    page = await openArticle(PAGES[0]!, SIZES[0]!);
    await page.waitForTimeout(500);
    expect(await countMarks(page)).toBe(before - 1);
    await page.close();
  }, 120_000);

  it('Turn off on this site sits in the card’s menu and Undo turns it back on', async () => {
    const page = await openArticle(PAGES[1]!, SIZES[0]!);
    const before = await countMarks(page);
    await hoverFirst(page);
    expect(await boxInCard(page, '[data-testid="card-site-off"]')).toBeNull();
    await clickInCard(page, '[data-testid="card-more"]');
    await clickInCard(page, '[data-testid="card-site-off"]');
    await expect.poll(async () => await countMarks(page), { timeout: 5000 }).toBe(0);
    expect(await waitForToast(page)).toContain('ClaimLens is off on ainvest.com');
    await clickInCard(page, '[data-testid="toast-undo"]');
    await expect.poll(async () => await countMarks(page), { timeout: 8000 }).toBe(before);
    await page.close();
  }, 120_000);
});
