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
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const ARTEFACTS = join(ROOT, 'artefacts');
export const SITE_HOST = 'www.ainvest.com';

/** Builds the production extension unless a build newer than every source file exists. */
export function ensureBuilt(force = false): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!force && existsSync(manifest)) {
    const built = statSync(manifest).mtimeMs;
    const newest = newestMtime(['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts'].map((p) => join(ROOT, p)));
    if (built > newest) return;
  }
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
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
  const certDir = mkdtempSync(join(tmpdir(), 'claimlens-cert-'));
  const key = join(certDir, 'key.pem');
  const cert = join(certDir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2',
    '-subj', `/CN=${SITE_HOST}`, '-addext', `subjectAltName=DNS:${SITE_HOST},IP:127.0.0.1`,
  ], { stdio: 'pipe' });
  const root = resolve(dir);
  const server: Server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  rmSync(certDir, { recursive: true, force: true });
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

function launchContext(userDataDir: string, extensionDir: string, port: number, headless: boolean): Promise<BrowserContext> {
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
