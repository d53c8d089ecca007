/**
 * Runs the built extension in Debian's Chromium against pages served from 127.0.0.1.
 *
 * The default sites' match patterns are https-only (https://*.ainvest.com/*), so the page must be
 * served over https under a default site's name for the PRODUCTION build to run on it. We do that
 * with a self-signed certificate made by openssl, an https server on 127.0.0.1, Chromium's
 * --host-resolver-rules mapping www.ainvest.com to it, and --ignore-certificate-errors. The same
 * server answers for https://127.0.0.1:PORT, a name no match pattern covers: the baseline page
 * the extension does not touch.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { selfSignedCertificate } from '../helpers/self-signed';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const ARTEFACTS = join(ROOT, 'artefacts');
export const SITE_HOST = 'www.ainvest.com';

/** Builds the production extension unless a build newer than every source file exists. */
export function ensureBuilt(force = false): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!force && existsSync(manifest)) {
    const built = statSync(manifest).mtimeMs;
    const newest = newestMtime(
      ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts'].map((p) => join(ROOT, p)),
    );
    if (built > newest) return;
  }
  // Under vitest NODE_ENV is "test", which would give a development build (JSX with source
  // positions); the tests load and measure what ships.
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 300_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

function newestMtime(paths: string[]): number {
  let max = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const st = statSync(p);
    if (st.isDirectory()) {
      max = Math.max(max, newestMtime(readdirSync(p).map((c) => join(p, c))));
    } else max = Math.max(max, st.mtimeMs);
  }
  return max;
}

export interface PageServer {
  port: number;
  /** URL of a fixture as the extension sees it: on a default news site. */
  siteUrl: (path: string) => string;
  /** The same page on a name the extension does not run on. */
  plainUrl: (path: string) => string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves files under `dir` over https with a throwaway self-signed certificate. */
export async function servePages(dir: string): Promise<PageServer> {
  const { key, cert, certPath } = selfSignedCertificate(SITE_HOST, [`DNS:${SITE_HOST}`, 'IP:127.0.0.1']);
  const root = resolve(dir);
  const server: Server = createServer({ key, cert }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  rmSync(dirname(certPath), { recursive: true, force: true });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    siteUrl: (p) => `https://${SITE_HOST}:${port}/${p.replace(/^\//, '')}`,
    plainUrl: (p) => `https://127.0.0.1:${port}/${p.replace(/^\//, '')}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}

/** Starts Chromium with the built extension loaded and www.ainvest.com resolved to the local server. */
/**
 * A copy of the build that may read the test site's tab address. The shipped manifest has no
 * host_permissions (the content script's matches are enough, and a toolbar click grants the popup
 * the tab through activeTab); tests open the popup in a tab of its own, where no click happened,
 * and look tabs up by address, so the copy they load holds the test site's host and nothing more.
 */
function withTabAccess(built: string, profile: string): string {
  const dir = join(profile, 'unpacked-claimlens');
  cpSync(built, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), `https://${SITE_HOST}/*`])];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export async function launchWithExtension(
  port: number,
  opts: { headless?: boolean; extensionDir?: string } = {},
): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
  const extensionDir = withTabAccess(opts.extensionDir ?? EXTENSION_DIR, userDataDir);
  let context: BrowserContext | undefined;
  let worker: Worker;
  try {
    context = await launchContext(userDataDir, extensionDir, port, opts.headless ?? true);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  } catch (err) {
    // A browser that never started (no usable display, a missing binary) leaves no profile behind.
    await context?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context!.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function launchContext(
  userDataDir: string,
  extensionDir: string,
  port: number,
  headless: boolean,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
    ],
  });
}

export interface Site {
  dir: string;
  server: PageServer;
  browser: Launched;
  close: () => Promise<void>;
}

/** Writes pages (name → HTML) into a fresh folder, serves it, and opens Chromium with the extension. */
export async function openSite(pages: Record<string, string | Buffer>, prefix = 'claimlens-site-'): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  const server = await servePages(dir);
  const browser = await launchWithExtension(server.port);
  return {
    dir,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/*
 * Reading ClaimLens's marks and card from a test. The extension never edits the page's text: a
 * claim is a range painted with the CSS Custom Highlight API (registered under names
 * "claimlens-<nonce>-<verdict>"), with a focusable target in an overlay host (<claimlens-overlay>)
 * and a card host (<claimlens-card>), both under CLOSED shadow roots. A page script cannot open
 * those roots; a test can, through the DevTools protocol (DOM.describeNode with pierce, then
 * Runtime.callFunctionOn on the resolved root). Nothing in the shipped code helps tests do this.
 */

export interface MarkRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MarkInfo {
  /** The text the claim's range covers now. */
  text: string;
  verdict: string;
  /** Client rectangles (viewport coordinates) of the range. */
  rects: MarkRect[];
}

/** Every mark on the page (or inside the element `within` selects), in document order: text, verdict, client rectangles. */
export function listMarks(page: Page, within?: string): Promise<MarkInfo[]> {
  return page.evaluate((within) => {
    const scope = within ? document.querySelector(within) : null;
    if (within && !scope) return [];
    const found: { r: Range; verdict: string }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return [];
    for (const [name, hl] of registry) {
      const m = /^claimlens-[0-9a-f]+-(.+)$/.exec(name);
      if (!m || m[1] === 'active') continue;
      for (const ar of hl) {
        const r = document.createRange();
        try {
          r.setStart(ar.startContainer, ar.startOffset);
          r.setEnd(ar.endContainer, ar.endOffset);
        } catch {
          continue;
        }
        if (scope && !scope.contains(ar.startContainer)) continue;
        // A range over text the page has just removed: not painted, and gone once the extension notices.
        if (!ar.startContainer.isConnected || !ar.endContainer.isConnected) continue;
        found.push({ r, verdict: m[1]! });
      }
    }
    found.sort((a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r));
    return found.map(({ r, verdict }) => ({
      text: r.toString(),
      verdict,
      rects: [...r.getClientRects()]
        .filter((x) => x.width > 0 && x.height > 0)
        .map((x) => ({ x: x.x, y: x.y, width: x.width, height: x.height })),
    }));
  }, within ?? null);
}

/** How many marks the page holds (ranges in ClaimLens's highlights, over text still in the page): cheap, no layout. */
export function countMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    let n = 0;
    for (const [name, hl] of registry ?? []) {
      const m = /^claimlens-[0-9a-f]+-(.+)$/.exec(name);
      if (!m || m[1] === 'active') continue;
      for (const r of hl) if (r.startContainer.isConnected) n++;
    }
    return n;
  });
}

/** Waits until at least `min` marks show and their number holds still for a few polls; returns the count. */
export async function settleMarks(page: Page, opts: { min?: number; timeout?: number } = {}): Promise<number> {
  const min = opts.min ?? 1;
  const deadline = Date.now() + (opts.timeout ?? 15_000);
  let last = -1;
  let stable = 0;
  while (Date.now() < deadline) {
    const n = await countMarks(page);
    stable = n === last && n >= min ? stable + 1 : 0;
    last = n;
    if (stable >= 2) return n;
    await page.waitForTimeout(150);
  }
  if (last < min) throw new Error(`expected at least ${min} marks, saw ${last}`);
  return last;
}

/**
 * How long the extension's service worker takes to answer: the background judges a page's text in one
 * synchronous run, so while it works a probe waits for it. The page's own thread is idle meanwhile (it
 * awaits the answer), which is why a quiet page alone does not mean the extension is done.
 */
export async function workerLagMs(worker: Worker): Promise<number> {
  const t0 = Date.now();
  await worker.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return Date.now() - t0;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/**
 * Runs `fn` in the page's main world with `this` bound to the closed shadow root of the first
 * element matching `hostSelector`; returns its (JSON) result, or null when there is no such host.
 */
export async function inClosedRoot<T>(
  page: Page,
  hostSelector: string,
  fn: string,
  arg: unknown = null,
): Promise<T | null> {
  const cdp = await cdpOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const r = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: fn,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return (r.result.value ?? null) as T | null;
}

export interface TargetInfo {
  label: string;
  verdict: string;
  expanded: string | null;
  rect: MarkRect;
  /** Whether the target would take the pointer (it must not). */
  pointerEvents: string;
}

/** The overlay's focusable targets, one per claim, in the order Tab visits them. */
export async function listTargets(page: Page): Promise<TargetInfo[]> {
  return (
    (await inClosedRoot<TargetInfo[]>(
      page,
      'claimlens-overlay',
      `function () {
        return [...this.querySelectorAll('[role="button"]')].filter((t) => !t.hidden).map((t) => {
          const r = t.getBoundingClientRect();
          return { label: t.getAttribute('aria-label') || '', verdict: t.dataset.verdict || '', expanded: t.getAttribute('aria-expanded'),
            rect: { x: r.x, y: r.y, width: r.width, height: r.height }, pointerEvents: getComputedStyle(t).pointerEvents };
        });
      }`,
    )) ?? []
  );
}

export interface CardInfo {
  text: string;
  box: MarkRect;
  theme: string | null;
  verdict: string | null;
  links: { href: string; rel: string; target: string }[];
  buttons: { text: string; rect: MarkRect }[];
  /** True when the card's content fits its width (nothing cut off sideways). */
  fitsWidth: boolean;
}

/** The open card's text, box and controls, read through its closed root; null when no card is open. */
export function readCard(page: Page): Promise<CardInfo | null> {
  return inClosedRoot<CardInfo>(
    page,
    'claimlens-card',
    `function () {
      const card = this.querySelector('.card');
      if (!card) return null;
      const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
      return {
        text: card.innerText, box: box(card), theme: card.getAttribute('data-theme'), verdict: card.getAttribute('data-verdict'),
        links: [...card.querySelectorAll('a[href]')].map((a) => ({ href: a.href, rel: a.rel, target: a.target })),
        buttons: [...card.querySelectorAll('button')].map((b) => ({ text: b.textContent.trim(), rect: box(b) })),
        fitsWidth: card.scrollWidth <= card.clientWidth + 1,
      };
    }`,
  );
}

/** Waits for the card to open (returns it) or, with `open: false`, to close. */
export async function waitForCard(page: Page, open = true, timeout = 5000): Promise<CardInfo | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const c = await readCard(page);
    if (open ? c : !c) return c;
    if (Date.now() > deadline) throw new Error(open ? 'the card did not open' : 'the card did not close');
    await page.waitForTimeout(100);
  }
}

/** Scrolls mark i into view and moves the (trusted) mouse to the middle of its first rectangle. */
export async function hoverMark(page: Page, i: number): Promise<MarkInfo> {
  let marks = await listMarks(page);
  const m = marks[i];
  if (!m) throw new Error(`no mark ${i} (of ${marks.length})`);
  const vp = page.viewportSize()!;
  const r0 = m.rects[0];
  if (!r0 || r0.y < 0 || r0.y + r0.height > vp.height) {
    await page.evaluate((y) => window.scrollBy(0, y), (r0?.y ?? 0) - vp.height / 3);
    await page.waitForTimeout(100);
    marks = await listMarks(page);
  }
  const r = marks[i]!.rects[0]!;
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 2 });
  return marks[i]!;
}

/** Moves the mouse off every mark. */
export async function unhover(page: Page): Promise<void> {
  await page.mouse.move(2, 2, { steps: 2 });
}

/** Where keyboard focus is, through ClaimLens's closed roots: "mark:<label>", "card:<tag>.<class>:<text>", or the page element. */
export async function focused(page: Page): Promise<string> {
  const host = await page.evaluate(() => document.activeElement?.localName ?? '');
  if (host === 'claimlens-overlay') {
    const label = await inClosedRoot<string>(
      page,
      'claimlens-overlay',
      `function () { return this.activeElement?.getAttribute('aria-label') ?? ''; }`,
    );
    return `mark:${label}`;
  }
  if (host === 'claimlens-card') {
    const inner = await inClosedRoot<string>(
      page,
      'claimlens-card',
      `function () { const el = this.activeElement; if (!el) return ''; return el.localName + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ':' + (el.textContent || '').trim().slice(0, 30); }`,
    );
    return `card:${inner}`;
  }
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.localName}:${(el.textContent ?? '').trim().slice(0, 30)}` : '';
  });
}

/** Presses Tab until a mark's target has focus (at most `max` presses); returns its label. */
export async function tabToMark(page: Page, max = 120): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const at = await focused(page);
    if (at.startsWith('mark:')) return at.slice(5);
  }
  throw new Error(`no mark reached in ${max} Tab presses`);
}

/** Clicks a card button by its text with a real (trusted) mouse click. */
export async function clickCardButton(page: Page, text: RegExp | string): Promise<void> {
  const card = await waitForCard(page);
  const b = card!.buttons.find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  if (!b) throw new Error(`no card button ${text} in ${card!.buttons.map((x) => x.text).join(', ')}`);
  await page.mouse.click(b.rect.x + b.rect.width / 2, b.rect.y + b.rect.height / 2);
}

/**
 * Copies a closed root's content into an open shadow root on a new element `mirrorTag` appended to
 * <html>, so a page-side checker (axe-core) can audit it: axe cannot enter closed roots. The copy
 * carries the root's own stylesheet and sits where the original is, so contrast and layout match.
 * Returns a function that removes the copy.
 */
export async function mirrorClosedRoot(
  page: Page,
  hostSelector: string,
  mirrorTag: string,
): Promise<() => Promise<void>> {
  const ok = await inClosedRoot<boolean>(
    page,
    hostSelector,
    `function (tag) {
      const host = document.createElement(tag);
      const open = host.attachShadow({ mode: 'open' });
      for (const n of this.childNodes) open.append(n.cloneNode(true));
      document.documentElement.append(host);
      return true;
    }`,
    mirrorTag,
  );
  if (!ok) throw new Error(`no closed root at ${hostSelector}`);
  return () => page.evaluate((tag) => document.querySelectorAll(tag).forEach((e) => e.remove()), mirrorTag);
}

/** The box of the element `selector` finds in the card host's closed root, or null when it is absent or not shown. */
export function boxInCard(page: Page, selector: string): Promise<MarkRect | null> {
  return inClosedRoot<MarkRect>(
    page,
    'claimlens-card',
    `function (sel) {
      const el = this.querySelector(sel);
      if (!el || !el.checkVisibility()) return null;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }`,
    selector,
  );
}

/** Clicks the element `selector` finds in the card host's closed root (card or toast) with a real mouse click. */
export async function clickInCard(page: Page, selector: string, timeout = 3000): Promise<void> {
  const deadline = Date.now() + timeout;
  let b = await boxInCard(page, selector);
  while (!b && Date.now() < deadline) {
    await page.waitForTimeout(100);
    b = await boxInCard(page, selector);
  }
  if (!b) throw new Error(`nothing shown at ${selector} in the card's root`);
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

/** The toast's text (it renders in the card host's closed root), or null when none shows. */
function readToast(page: Page): Promise<string | null> {
  return inClosedRoot<string>(
    page,
    'claimlens-card',
    `function () { const t = this.querySelector('[data-testid="claimlens-toast"]'); return t ? t.innerText : null; }`,
  );
}

/** Waits for a toast to show and returns its text. */
export async function waitForToast(page: Page, timeout = 3000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const t = await readToast(page);
    if (t !== null) return t;
    if (Date.now() > deadline) throw new Error('no toast showed');
    await page.waitForTimeout(100);
  }
}
