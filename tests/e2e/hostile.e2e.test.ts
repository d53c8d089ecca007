/**
 * Hostile and odd pages against the production build in Chromium: a page that forges WXT's
 * "newer script started" and location events, listens for anything the extension posts, tries the
 * extension's APIs and files, dresses its own words up as marks, and tries to read, press or hide
 * the card; a page that churns its text; malformed dates and meta tags; huge numbers, a million
 * digits, Unicode digits and spaces. And the background's checks on what arrives from a content
 * script, driven from the content script's own isolated world through the DevTools protocol.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import {
  ROOT,
  ensureBuilt,
  hoverMark,
  listMarks,
  openSite,
  readCard,
  settleMarks,
  unhover,
  waitForCard,
  type Launched,
  type PageServer,
  type Site,
} from './harness';
import { expectedClaims } from './expected';
import { giantNumbers, unicodeDigits } from '../robustness/generate';

/** A page rewriting 200 paragraphs of figures (about 200,000 characters) every 300 ms. */
function churningPage(): string {
  const para = (i: number) =>
    `<p id="c${i}">${'The 10-year Treasury yield climbed to 4.42% on the day while the yen weakened to 145.62 per dollar and gold traded near $3,300 an ounce. '.repeat(7)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Churn</title>
<meta property="article:published_time" content="2025-05-03T07:40:00Z"></head><body><article>
${Array.from({ length: 200 }, (_, i) => para(i)).join('\n')}
</article><script>
  let n = 0;
  window.__churn = setInterval(() => {
    n++;
    for (const p of document.querySelectorAll('article p')) p.firstChild.data = p.firstChild.data.replace(/4[.][0-9][0-9]%/g, '4.' + (10 + (n % 80)) + '%');
  }, 300);
</script></body></html>`;
}

let site: Site;
let server: PageServer;
let browser: Launched;

beforeAll(async () => {
  ensureBuilt();
  const files: Record<string, string | Buffer> = {};
  for (const f of ['hostile-page.html', 'hostile-dates.html'])
    files[f] = readFileSync(join(ROOT, 'tests/e2e/pages', f));
  files['giant-numbers.html'] = giantNumbers();
  files['unicode-digits.html'] = unicodeDigits();
  files['churn.html'] = churningPage();
  site = await openSite(files, 'claimlens-hostile-');
  ({ server, browser } = site);
}, 240_000);

afterAll(async () => {
  await site?.close();
});

interface Opened {
  page: Page;
  cdp: CDPSession;
  errors: string[];
  /** The content script's isolated world, once it has run. */
  isolated: () => number | undefined;
}

async function open(file: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const errors: string[] = [];
  let isolated: number | undefined;
  cdp.on('Runtime.exceptionThrown', (e) =>
    errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
  );
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith(`chrome-extension://${browser.extensionId}`) || context.name === 'ClaimLens')
      isolated = context.id;
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.goto(server.siteUrl(file), { waitUntil: 'load' });
  return { page, cdp, errors, isolated: () => isolated };
}

const markCount = async (page: Page) => (await listMarks(page)).length;

const settled = (page: Page) => settleMarks(page);

/** What the extension's settings say, read in its service worker. */
const storedSettings = () =>
  browser.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return ((await api.storage.local.get('settings')).settings ?? null) as {
      disabledSites?: string[];
      enabled?: boolean;
    } | null;
  });

const taskMs = async (cdp: CDPSession) =>
  ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;

/** Runs an expression in the content script's isolated world (where chrome.runtime is the extension's). */
async function inContentScript(o: Opened, expression: string): Promise<unknown> {
  const contextId = o.isolated();
  if (contextId === undefined) throw new Error('no isolated world seen');
  const r = await o.cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value;
}

describe('a hostile page', () => {
  let o: Opened;
  let marks: number;

  it('sees no message from the extension and cannot switch it off through shared globals', async () => {
    o = await open('hostile-page.html');
    marks = await settled(o.page);
    expect(marks).toBeGreaterThanOrEqual(2);
    const seen = await o.page.evaluate(
      () => (window as unknown as { __seen: { messages: string[]; events: string[] } }).__seen,
    );
    expect(seen.messages).toEqual([]);
    expect(seen.events).toEqual([]);
  });

  it('cannot stop the content script by forging WXT’s script-started event', async () => {
    await o.page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
    }, browser.extensionId);
    await o.page.waitForTimeout(600);
    expect(await markCount(o.page)).toBe(marks);
    // Still alive: a new paragraph is marked.
    await o.page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Gold traded near $3,300 an ounce while the yen weakened to 145.62 per dollar.';
      document.body.append(p);
    });
    await expect.poll(async () => (await listMarks(o.page, '#late')).length, { timeout: 5000 }).toBeGreaterThan(0);
  });

  it('paints the page’s own <claimlens-mark> lookalikes as nothing but page text', async () => {
    // Exactly the claims the engine finds on this page, with its verdicts: the lookalikes add none.
    const want = expectedClaims(join(ROOT, 'tests/e2e/pages/hostile-page.html'));
    // (Less the paragraph the previous test added.)
    const late = new Set((await listMarks(o.page, '#late')).map((m) => JSON.stringify(m)));
    const got = (await listMarks(o.page)).filter((m) => !late.has(JSON.stringify(m)));
    const inFake = await listMarks(o.page, '#fake');
    expect(inFake).toEqual([]);
    expect(got).toHaveLength(want.length);
    for (const c of want)
      expect(got.map((m) => `${m.text} → ${m.verdict}`)).toContain(
        `${c.text} → ${c.judgement?.verdict ?? 'unverifiable'}`,
      );
    // No style of ours reaches the lookalike: it looks like any other unknown inline element.
    const style = await o.page.evaluate(() => {
      const el = document.querySelector('#fake claimlens-mark')!;
      const cs = getComputedStyle(el);
      return { deco: cs.textDecorationLine, bg: cs.backgroundColor, outline: cs.outlineStyle };
    });
    expect(style).toEqual({ deco: 'none', bg: 'rgba(0, 0, 0, 0)', outline: 'none' });
    // Hovering or focusing it opens nothing.
    const box = (await o.page.locator('#fake claimlens-mark').first().boundingBox())!;
    await o.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await o.page.locator('#fake claimlens-mark').first().focus();
    await o.page.waitForTimeout(700);
    expect(await readCard(o.page)).toBeNull();
    await unhover(o.page);
  });

  it('cannot read, press, open or hide the card, nor reach the marks’ targets', async () => {
    const before = await storedSettings();
    const marksBefore = await markCount(o.page);
    // The reader opens a card with a real pointer.
    await hoverMark(o.page, 0);
    const card = (await waitForCard(o.page))!;
    expect(card.buttons.map((b) => b.text)).toEqual(expect.arrayContaining(['Hide']));
    const probe = await o.page.evaluate(() => {
      const hosts = ['claimlens-card', 'claimlens-overlay'].map((t) => document.querySelector(t));
      const out: Record<string, unknown> = {
        hosts: hosts.map((h) => !!h),
        shadowRoots: hosts.map((h) => h?.shadowRoot ?? null),
        // The page's own attachShadow hook never saw the extension's roots (they are made in its isolated world).
        caught: (window as unknown as { __roots: { host: string }[] }).__roots.map((r) => r.host),
        // Text a page could read of the card from the light DOM.
        text: hosts.map((h) => (h as HTMLElement | null)?.innerText ?? ''),
        buttons: document.querySelectorAll('button').length,
      };
      // Every way a script can press something without the reader.
      for (const h of hosts) {
        if (!h) continue;
        const r = h.getBoundingClientRect();
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          h.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: r.x + 5, clientY: r.y + 5 }));
        }
        for (const key of ['Enter', ' ', 'Tab'])
          h.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        (h as HTMLElement).click();
        (h as HTMLElement).focus();
      }
      const at = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      at?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return out;
    });
    expect(probe.hosts).toEqual([true, true]);
    expect(probe.shadowRoots).toEqual([null, null]);
    expect(probe.caught).toEqual([]);
    expect(probe.text).toEqual(['', '']);
    expect(probe.buttons).toBe(0);
    await o.page.waitForTimeout(500);
    // The card is still the reader's, the settings and marks are as they were.
    expect(await readCard(o.page)).not.toBeNull();
    expect(await storedSettings()).toEqual(before);
    expect(await markCount(o.page)).toBe(marksBefore);
    await unhover(o.page);
    await waitForCard(o.page, false);

    // Synthetic pointer moves over a claim do not open the card.
    const m = (await listMarks(o.page))[0]!;
    await o.page.evaluate(
      ([x, y]) => {
        for (let i = 0; i < 5; i++) {
          const ev = { bubbles: true, composed: true, clientX: x! + i, clientY: y! };
          document.elementFromPoint(x!, y!)?.dispatchEvent(new PointerEvent('pointermove', ev));
          window.dispatchEvent(new PointerEvent('pointermove', ev));
        }
      },
      [m.rects[0]!.x + 2, m.rects[0]!.y + m.rects[0]!.height / 2],
    );
    await o.page.waitForTimeout(800);
    expect(await readCard(o.page)).toBeNull();
  });

  it('gets no rescans and no unbounded work from forged location events', async () => {
    const before = await markCount(o.page);
    const t0 = await taskMs(o.cdp);
    await o.page.evaluate((id) => {
      for (let i = 0; i < 200; i++) window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }, browser.extensionId);
    await o.page.waitForTimeout(1000);
    expect(await markCount(o.page)).toBe(before);
    expect((await taskMs(o.cdp)) - t0).toBeLessThan(100);
  });

  it('cannot reach the extension’s storage, messaging or files', async () => {
    const probe = await o.page.evaluate(async (id) => {
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown }; storage?: unknown } }).chrome;
      const fetches = await Promise.all(
        ['manifest.json', 'dataset.json', 'content-scripts/content.css', 'popup.html'].map((f) =>
          fetch(`chrome-extension://${id}/${f}`).then(
            (r) => `${f}: ${r.status}`,
            () => `${f}: blocked`,
          ),
        ),
      );
      return { storage: typeof c?.storage, sendMessage: typeof c?.runtime?.sendMessage, fetches };
    }, browser.extensionId);
    expect(probe.storage).toBe('undefined');
    expect(probe.sendMessage).toBe('undefined');
    expect(probe.fetches).toEqual([
      'manifest.json: blocked',
      'dataset.json: blocked',
      'content-scripts/content.css: blocked',
      'popup.html: blocked',
    ]);
    expect(o.errors).toEqual([]);
  });

  it('the background refuses malformed reports and popup-only requests from a content script', async () => {
    const tabId: number = await browser.worker.evaluate(async (url: string) => {
      const api = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).chrome;
      return (await api.tabs.query({})).find((t) => t.url === url)!.id!;
    }, o.page.url());
    const badge = () =>
      browser.worker.evaluate((id: number) => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } })
          .chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
    await expect.poll(badge, { timeout: 5000 }).toBe(String(await markCount(o.page)));
    const good = await badge();
    const send = (type: string, data: unknown) =>
      inContentScript(
        o,
        `new Promise((ok) => chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 1 })}, (r) => ok(r ?? null)))`,
      );
    // Wrong shapes: each is dropped, the badge keeps the real count.
    for (const data of [
      { shown: 5, counts: { matches: 'many' } },
      { shown: -1, counts: null },
      {
        shown: 1e12,
        counts: {
          matches: 1e12,
          close: 0,
          differs: 0,
          'since-changed': 0,
          'no-figure-yet': 0,
          check: 0,
          unverifiable: 0,
          inconsistent: 0,
        },
      },
      'not an object',
    ]) {
      await send('reportCounts', data);
    }
    await o.page.waitForTimeout(200);
    expect(await badge()).toBe(good);
    // Requests only the popup may make.
    const info = (await send('getDatasetInfo', undefined)) as { err?: { message: string } } | null;
    expect(info?.err?.message).toMatch(/unexpected sender/);
    const enable = (await send('enableSite', { origin: 'https://evil.example', tabId: null })) as {
      res?: { ok: boolean };
    };
    expect(enable.res?.ok).toBe(false);
    await o.page.close();
  });
});

describe('odd input', () => {
  it('malformed dates and meta tags: no exception, claims still marked', async () => {
    const o = await open('hostile-dates.html');
    const n = await settled(o.page);
    expect(n).toBeGreaterThanOrEqual(2);
    expect((await listMarks(o.page, '#claim')).length).toBeGreaterThan(0);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  it('a million digits and absurd numbers: bounded work, the sane sentence still marked', async () => {
    /** One load of the page: how long the sane sentence took to be marked, and the longest task after load. */
    const load = async () => {
      const o = await open('giant-numbers.html');
      await o.page.evaluate(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
          type: 'longtask',
        });
      });
      const t0 = Date.now();
      await expect
        .poll(async () => (await listMarks(o.page)).some((m) => m.text.includes('0.8%')), {
          timeout: 15_000,
          interval: 200,
        })
        .toBe(true);
      const markedMs = Date.now() - t0;
      await settled(o.page);
      const long = await o.page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      expect(o.errors).toEqual([]);
      // Text untouched.
      expect(await o.page.evaluate(() => document.body.textContent!.includes('7'.repeat(1_000_000)))).toBe(true);
      await o.page.close();
      return { markedMs, longest: Math.max(0, ...long) };
    };
    // Tasks after load (the page's own parsing is before): each stays under the 50 ms line, with margin for this
    // shared 2-core machine. A load that another test's work slowed past the margin is read again: the
    // extension's work must stay within it on one of three loads (a real regression fails all three).
    let run = await load();
    for (let again = 0; again < 2 && run.longest >= 100; again++) run = await load();
    expect(run.markedMs).toBeLessThan(10_000);
    expect(run.longest).toBeLessThan(100);
  });

  it('Unicode digits and spaces: no exception, Latin figures marked, the text unchanged', async () => {
    const o = await open('unicode-digits.html');
    const before = await o.page.evaluate(() => document.body.innerText);
    await settled(o.page);
    expect(o.errors).toEqual([]);
    expect(await o.page.evaluate(() => document.body.innerText)).toBe(before);
    await o.page.close();
  });
});

describe('a churning page', () => {
  it('sends the background no more text than the per-minute budget allows, and says so once', async () => {
    // Every analyzeBlocks request the background receives, counted beside its own listener.
    await browser.worker.evaluate(() => {
      const g = globalThis as unknown as {
        __chars: number;
        __counting?: boolean;
        chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
      };
      g.__chars = 0;
      if (g.__counting) return;
      g.__counting = true;
      g.chrome.runtime.onMessage.addListener((m) => {
        const msg = m as { type?: string; data?: { blocks?: { text: string }[] } };
        if (msg?.type === 'analyzeBlocks') for (const b of msg.data?.blocks ?? []) g.__chars += b.text.length;
      });
    });
    const logs: string[] = [];
    const sent = () => browser.worker.evaluate(() => (globalThis as unknown as { __chars: number }).__chars);
    const t0 = Date.now();
    const o = await open('churn.html');
    o.cdp.on('Runtime.consoleAPICalled', (e) => logs.push(e.args.map((a) => a.value ?? '').join(' ')));
    // The first read of the page (not charged to the budget) has gone out.
    await expect.poll(sent, { timeout: 20_000 }).toBeGreaterThan(0);
    const pageChars = await o.page.evaluate(() => document.querySelector('article')!.textContent!.length);
    expect(pageChars).toBeGreaterThan(150_000);
    await o.page.waitForTimeout(12_000);
    const chars = await sent();
    const seconds = (Date.now() - t0) / 1000;
    // Unbudgeted, about one full re-read a second: 200,000 characters a second. Budgeted: the first
    // read, one minute's allowance (600,000) and the refill (10,000 a second) over the time it ran.
    expect(chars).toBeLessThan(pageChars + 600_000 + 10_000 * seconds + 20_000);
    expect(logs.filter((l) => /ClaimLens: this page changed more text than it may have checked/.test(l))).toHaveLength(
      1,
    );
    // The page's text is its own at every moment: what its script wrote, once.
    expect(await o.page.evaluate(() => document.querySelectorAll('article p').length)).toBe(200);
    expect(o.errors).toEqual([]);
    await o.page.evaluate(() => clearInterval((window as unknown as { __churn: number }).__churn));
    await o.page.close();
  }, 60_000);
});
