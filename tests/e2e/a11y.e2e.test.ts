/**
 * Accessibility in Chromium: axe-core finds no violations in the card, the marks' targets, or the
 * popup; the card and the popup are usable from the keyboard alone. The card and the targets live
 * under closed shadow roots, which axe cannot enter: the test copies each into an open root first
 * (harness mirrorClosedRoot), through the DevTools protocol.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ROOT,
  ensureBuilt,
  focused,
  launchWithExtension,
  listMarks,
  listTargets,
  mirrorClosedRoot,
  servePages,
  settleMarks,
  tabToMark,
  waitForCard,
  type Launched,
  type PageServer,
} from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SAMPLE = 'fixtures/demo/sample-article.html';

let server: PageServer;
let browser: Launched;

beforeAll(async () => {
  ensureBuilt();
  server = await servePages(join(ROOT, 'tests'));
  browser = await launchWithExtension(server.port);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe in the page's main world. Page evaluation goes through the DevTools protocol, so an
 * extension page's CSP (no inline scripts) does not stop it. A context inside a shadow root is given
 * as { fromShadowDom: [host, inner] } (axe's nested-array form silently matches nothing here).
 * Returns the violations, and how many rules passed so an empty run cannot pass for a clean one.
 */
async function axe(page: Page, include: unknown | null): Promise<{ violations: Violation[]; passes: number }> {
  await page.evaluate(AXE);
  return page.evaluate(async (inc) => {
    const a = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[]; passes: unknown[] }> };
      }
    ).axe;
    const res = await a.run(inc ? { include: inc } : document, {});
    return {
      passes: res.passes.length,
      violations: res.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      })),
    };
  }, include);
}

async function expectClean(page: Page, include: unknown | null) {
  const r = await axe(page, include);
  expect(summary(r.violations)).toEqual([]);
  expect(r.passes).toBeGreaterThan(5);
}

const summary = (vs: Violation[]) =>
  vs.map((v) => `${v.id} (${v.impact}): ${v.help} @ ${JSON.stringify(v.nodes.map((n) => n.target))}`);

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.siteUrl(SAMPLE));
  await settleMarks(page);
  return page;
}

describe('accessibility', () => {
  /** Focuses the target of the first claim with verdict v, with the keyboard (Tab), from the top. */
  async function focusVerdict(page: Page, v: string) {
    const label = (await listTargets(page)).find((t) => t.verdict === v)!.label;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 200 && (await focused(page)) !== `mark:${label}`; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`mark:${label}`);
  }

  async function auditCard(page: Page) {
    const unmirror = await mirrorClosedRoot(page, 'claimlens-card', 'axe-card-copy');
    try {
      await expectClean(page, { fromShadowDom: ['axe-card-copy', '.card'] });
    } finally {
      await unmirror();
    }
  }

  it('the card, opened from each verdict seen, has no axe violations; nor do the marks’ targets', async () => {
    const page = await openArticle();
    const verdicts = [...new Set((await listMarks(page)).map((m) => m.verdict))];
    expect(verdicts.length).toBeGreaterThan(0);
    for (const v of verdicts) {
      await focusVerdict(page, v);
      await waitForCard(page);
      await auditCard(page);
    }
    // The targets: names, roles, focusability (all in the overlay; none nested in the page's links).
    const unmirror = await mirrorClosedRoot(page, 'claimlens-overlay', 'axe-overlay-copy');
    await expectClean(page, { fromShadowDom: ['axe-overlay-copy', '[role="button"]'] });
    await unmirror();
    // The card's dark theme, on a dark page.
    await page.addStyleTag({
      content:
        'html,body{background:#121417!important;color:#e8e8e8!important} body *{background-color:transparent!important;color:#e8e8e8!important}',
    });
    await page.keyboard.press('Escape');
    await focusVerdict(page, verdicts[verdicts.length - 1]!);
    await expect.poll(async () => (await waitForCard(page))!.theme).toBe('dark');
    await auditCard(page);
    await page.close();
  });

  it('the card is usable from the keyboard: Tab to a mark, Enter into the card, Tab through it, Escape back', async () => {
    const page = await openArticle();
    // Tab from the top of the page until a mark has focus.
    const label = await tabToMark(page);
    const markText = `mark:${label}`;
    await waitForCard(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^card:div\.card/);
    const stops: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    // The publisher's link when the figure has one, then Details, Report, Hide and the menu (issue #13's card).
    const buttons = stops.filter((s) => !s.startsWith('card:a'));
    expect(buttons[0]).toMatch(/^card:button\.disclose:Details/);
    expect(buttons[1]).toMatch(/^card:button:Report a wrong match/);
    expect(buttons[2]).toMatch(/^card:button:Hide/);
    expect(buttons[3]).toMatch(/^card:button\.more/);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await focused(page)).toBe(markText);
    // Space acts like Enter on a mark.
    await page.keyboard.press(' ');
    await expect.poll(() => focused(page)).toMatch(/^card:div\.card/);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('the popup has no axe violations and every control is reached by Tab', async () => {
    const page = await openArticle();
    const tabId: number = await browser.worker.evaluate(async (url: string) => {
      const api = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).chrome;
      return (await api.tabs.query({})).find((t) => t.url === url)!.id!;
    }, page.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 760 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="toggle-enabled"]');
    await popup.waitForTimeout(300);
    // The folded parts (filters, legend, reports) open first: their controls are then in the Tab order too.
    for (const summary of await popup.locator('details > summary').all()) await summary.click();
    await expectClean(popup, null);

    // Every enabled control, in the order Tab visits them.
    const controls = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(controls.length).toBeGreaterThan(5);
    const reached = new Set<string>();
    for (let i = 0; i < controls.length + 20; i++) {
      await popup.keyboard.press('Tab');
      const h = await popup.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? '');
      reached.add(h);
    }
    // Radio groups take one Tab stop; their other members are reached with the arrow keys.
    const radios = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => ({
        html: r.outerHTML.slice(0, 80),
        name: r.name,
      })),
    );
    const radioNames = new Set(radios.filter((r) => reached.has(r.html)).map((r) => r.name));
    const missing = controls.filter(
      (c) => !reached.has(c) && !radios.some((r) => r.html === c && radioNames.has(r.name)),
    );
    expect(missing).toEqual([]);
    await popup.close();
    await page.close();
  });
});
