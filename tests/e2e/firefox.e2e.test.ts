/**
 * Firefox: the Firefox build (`wxt build -b firefox`, MV2) passes `web-ext lint` with no errors, and
 * in Debian's firefox-esr (driven by puppeteer-core over WebDriver BiDi, the extension installed as a
 * temporary add-on) it marks the sample article and opens a card with a figure.
 *
 * The page is served over https from 127.0.0.1 under the name www.ainvest.com (a default site), as in
 * the Chromium tests: Firefox's network.dns.forceResolve stands in for --host-resolver-rules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT, servePages, type PageServer } from './harness';
import { expectedClaims } from './expected';

const FIREFOX = '/usr/bin/firefox-esr';
const OUT = join(ROOT, '.output/firefox-mv2');
const SAMPLE = 'fixtures/demo/sample-article.html';
/** Why the Firefox run is skipped, printed so a skip is never silent; null when it runs. */
const SKIPPED = existsSync(FIREFOX) ? null : `${FIREFOX} is not installed (apt-get install -y firefox-esr; .ci/run installs it)`;
if (SKIPPED) console.warn(`Firefox e2e skipped: ${SKIPPED}`);
const run = SKIPPED ? describe.skip : describe;

let server: PageServer;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  server = await servePages(join(ROOT, 'tests'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

run(`the extension in Firefox ESR${SKIPPED ? ` (skipped: ${SKIPPED})` : ''}`, () => {
  it('has a manifest Firefox accepts: gecko id, data collection declared, MV2 optional origins', () => {
    const m = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(2);
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.optional_permissions).toEqual(expect.arrayContaining(['https://*/*']));
    expect(m.background.scripts).toEqual(['background.js']);
  });

  it('passes web-ext lint with no errors (warnings: only Preact’s own innerHTML branch)', () => {
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', OUT, '--output', 'json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { summary: { errors: number }; warnings: { code: string; file: string }[] };
    expect(report.summary.errors).toBe(0);
    // The only warnings are Preact's dangerouslySetInnerHTML support code, which the project never uses.
    for (const w of report.warnings) expect(`${w.code} ${w.file}`).toMatch(/^UNSAFE_VAR_ASSIGNMENT (content-scripts\/content\.js|chunks\/popup-[\w-]+\.js)$/);
  }, 120_000);

  it('marks the sample article and opens a card with a figure', async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: null,
      args: ['--width=1100', '--height=800'],
      extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1' },
    });
    await browser.installExtension(OUT);
    const page = await browser.newPage();
    await page.goto(server.siteUrl(SAMPLE));
    await page.waitForSelector('claimlens-mark', { timeout: 20_000 });
    let n = -1;
    for (let i = 0; i < 30; i++) {
      const now = await page.evaluate(() => document.querySelectorAll('claimlens-mark[tabindex="0"]').length);
      if (now === n) break;
      n = now;
      await new Promise((r) => setTimeout(r, 200));
    }
    // The same claims the engine finds in Node.
    const want = expectedClaims(join(ROOT, 'tests', SAMPLE));
    expect(n).toBe(want.length);
    const texts = await page.evaluate(() => [...document.querySelectorAll('claimlens-mark[tabindex="0"]')].map((m) => m.getAttribute('aria-label') ?? ''));
    expect(texts.every((t) => t.startsWith('claim '))).toBe(true);

    await page.hover('claimlens-mark[tabindex="0"]');
    const card = await page.waitForFunction(
      () => (document.querySelector('claimlens-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null)?.innerText ?? '',
      { timeout: 5000 },
    );
    const body = (await card.jsonValue()) as string;
    expect(body).toMatch(/\d/);
    // Names the indicator of one of the claims the engine found.
    expect(want.some((c) => body.includes(c.indicator!.name))).toBe(true);
    // The card's figure: the source's value in the indicator's unit, and an https source link.
    expect(body).toMatch(/[$¥€£]?\d[\d,.]*\s?(trillion|billion|%|per)/);
    const link = await page.evaluate(() => {
      const a = document.querySelector('claimlens-card')?.shadowRoot?.querySelector('a[href]') as HTMLAnchorElement | null;
      return a ? { href: a.href, rel: a.rel } : null;
    });
    // A link only to an https publisher page; a figure read from a blog or a code host gets none
    // (lib/format/source.ts; tests/e2e/card.e2e.test.ts counts the cards without one).
    if (link) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.rel).toBe('noopener noreferrer');
    }
  }, 90_000);
});
