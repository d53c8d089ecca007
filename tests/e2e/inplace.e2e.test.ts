/**
 * Pages that update figures in place, in Chromium with the production build: a hand-written ticker
 * that keeps a text node and rewrites its data every 200 ms, a Preact page, a React 19 client
 * render, and React 19 server HTML hydrated late (after the marks are placed). At every sampled
 * moment each page shows exactly the text its own script wrote; no page error (no React #418); and
 * the marks follow the new numbers, text and verdict, as the engine judges them in Node.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, ensureBuilt, listMarks, openSite, type Site } from './harness';
import { expectedClaimsIn } from './expected';
import { App } from './pages/inplace/react-app';
import { PUBLISHED, VALUES, sentence } from './pages/inplace/figure';

const SRC = join(ROOT, 'tests/e2e/pages/inplace');
let site: Site;
/** The verdict the engine gives each value's sentence. */
const verdictOf = new Map<string, string>();

/** Bundles one page script for the browser (React in its production build, as sites ship it). */
async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(SRC, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const page = (
  body: string,
  script: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>In place</title><link rel="icon" href="data:,">
<meta property="article:published_time" content="${PUBLISHED}T08:00:00Z"></head><body><article>
<h1>Prices</h1>${body}</article><script src="${script}"></script></body></html>`;

beforeAll(async () => {
  ensureBuilt();
  for (const v of new Set(VALUES)) {
    const claims = expectedClaimsIn(page(`<p>${sentence(v)}</p>`, 'none.js'));
    const c = claims.find((x) => x.text === `${v}%`);
    if (!c) throw new Error(`the engine finds no claim in "${sentence(v)}"`);
    verdictOf.set(v, c.judgement?.verdict ?? 'unverifiable');
  }
  // The figures were chosen so the marks must change verdict, not only text.
  expect(new Set(verdictOf.values()).size).toBeGreaterThan(1);
  const files: Record<string, string> = {
    'ticker.js': await bundle('ticker.ts'),
    'preact.js': await bundle('preact-app.ts'),
    'react-client.js': await bundle('react-client.ts'),
    'react-hydrate.js': await bundle('react-hydrate.ts'),
    'ticker.html': page(`<p id="fig">${sentence(VALUES[0])}</p>`, 'ticker.js'),
    'preact.html': page('<div id="root"></div>', 'preact.js'),
    'react-client.html': page('<div id="root"></div>', 'react-client.js'),
    'react-ssr.html': page(`<div id="root">${renderToString(createElement(App))}</div>`, 'react-hydrate.js'),
  };
  site = await openSite(files, 'claimlens-inplace-');
}, 240_000);

afterAll(async () => {
  await site?.close();
});

interface Sample {
  shown: string;
  wrote: string;
  copies: number;
}

/** Samples the figure's paragraph every ~100 ms until stopped: what it shows against what the page wrote. */
function sampler(p: Page) {
  const bad: Sample[] = [];
  let n = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const s = await p.evaluate(() => {
        const fig = document.getElementById('fig');
        return {
          shown: fig?.innerText ?? '',
          wrote: (window as unknown as { __wrote?: string }).__wrote ?? '',
          copies: document.body.innerText.split('the Labor Department said').length - 1,
        };
      });
      n++;
      if (s.shown !== s.wrote || s.copies !== 1) bad.push(s);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { bad, n };
    },
  };
}

/** Waits until the figure's paragraph holds exactly one mark: value v's text with the engine's verdict. */
async function marksFollow(p: Page, v: string) {
  const want = [{ text: `${v}%`, verdict: verdictOf.get(v)! }];
  await expect
    .poll(async () => (await listMarks(p, '#fig')).map(({ text, verdict }) => ({ text, verdict })), {
      timeout: 6000,
      interval: 150,
    })
    .toEqual(want);
}

async function openPage(file: string) {
  const p = await site.browser.context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await p.goto(site.server.siteUrl(file), { waitUntil: 'load' });
  return { p, errors };
}

const next = (p: Page) => p.evaluate(() => (window as unknown as { __next: () => void }).__next());
const recoverable = (p: Page) => p.evaluate(() => (window as unknown as { __recoverable: string[] }).__recoverable);

describe.each([
  ['a hand-written ticker rewriting a kept text node', 'ticker.html', false],
  ['a Preact page re-rendering the figure', 'preact.html', false],
  ['a React 19 client render', 'react-client.html', false],
  ['React 19 server HTML hydrated after the marks are placed', 'react-ssr.html', true],
])('%s', (_name, file, hydrate) => {
  it('shows only its own text, raises no error, and the marks follow each new figure', async () => {
    const { p, errors } = await openPage(file);
    await p.waitForFunction(() => !!document.getElementById('fig'));
    const s = sampler(p);
    await marksFollow(p, VALUES[0]);
    if (hydrate) {
      // Hydration starts only now, with the marks in place: React must find the DOM it rendered.
      await p.evaluate(() => (window as unknown as { __hydrate: () => void }).__hydrate());
      await p.waitForTimeout(800);
      expect(await recoverable(p)).toEqual([]);
      await marksFollow(p, VALUES[0]);
    }
    for (let k = 1; k < VALUES.length; k++) {
      await next(p);
      await marksFollow(p, VALUES[k]);
    }
    // New figures faster than the extension can answer: the page's text stays its own throughout,
    // and the marks land on the last figure.
    for (let k = 0; k < 5; k++) {
      await next(p);
      await p.waitForTimeout(200);
    }
    const last = VALUES[(VALUES.length - 1 + 5) % VALUES.length];
    await marksFollow(p, last);
    // Two more seconds of the page's own ticking: the marks hold, the text stays the page's.
    await p.waitForTimeout(2000);
    await marksFollow(p, last);
    const { bad, n } = await s.stop();
    expect(n).toBeGreaterThan(20);
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
    expect(await recoverable(p)).toEqual([]);
    // The page's structure is its own: the figure's paragraph holds only what the page put there.
    expect(
      await p.evaluate(() =>
        [...document.getElementById('fig')!.childNodes].every((n) => n.nodeType === 3 || n.nodeType === 8),
      ),
    ).toBe(true);
    await p.close();
  }, 90_000);
});
