/**
 * `npx tsx scripts/screenshots.ts`: the README's pictures, in headless Chromium. A card in each
 * verdict, light and dark (docs/screenshots/card-<verdict>-<theme>.png), from real claims the
 * engine finds on the fixture articles with the bundled dataset; a verdict the engine does not give
 * on those pages yet is shown with the made-up example claim of tests/helpers/sample-claims.ts
 * (its names say "Example"). Then the popup on the sample article, light and dark, from the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Claim, Verdict } from '../lib/claims/types';
import type { Dataset, Series } from '../lib/dataset/schema';
import { publisherLink } from '../lib/format';
import { VERDICTS } from '../lib/verdicts';
import { SAMPLE_CLAIMS } from '../tests/helpers/sample-claims';
import { expectedClaims } from '../tests/e2e/expected';
import { ROOT, ensureBuilt, launchWithExtension, servePages, settleMarks } from '../tests/e2e/harness';

const OUT = join(ROOT, 'docs/screenshots');
const ARTICLES = join(ROOT, 'tests/fixtures/articles');

/** For each verdict, the first real claim that has a publisher link and a sparkline, else the first at all. */
function realClaims(dataset: Dataset): Map<Verdict, { claim: Claim; series: Series | null }> {
  const files = [
    join(ROOT, 'tests/fixtures/demo/sample-article.html'),
    ...readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(ARTICLES, f)),
  ];
  const series = new Map(dataset.series.map((s) => [s.indicator, s]));
  const score = (c: Claim) =>
    (publisherLink(c.judgement?.reference?.source ?? c.judgement?.current?.source) ? 2 : 0) +
    (series.has(c.indicator?.id ?? '') ? 1 : 0);
  const best = new Map<Verdict, { claim: Claim; series: Series | null; score: number }>();
  for (const f of files) {
    for (const c of expectedClaims(f)) {
      const v = c.judgement?.verdict;
      if (!v) continue;
      const s = score(c);
      if ((best.get(v)?.score ?? -1) < s)
        best.set(v, { claim: c, series: series.get(c.indicator!.id) ?? null, score: s });
    }
  }
  return best;
}

async function main() {
  const dataset = JSON.parse(readFileSync(join(ROOT, 'public/dataset.json'), 'utf8')) as Dataset;
  const real = realClaims(dataset);
  const bundle = await build({
    entryPoints: [join(ROOT, 'scripts/screenshots/gallery.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'error',
  });
  const js = bundle.outputFiles[0]!.text;
  const css = readFileSync(join(ROOT, 'components/ClaimCard.css'), 'utf8');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 460, height: 420 }, deviceScaleFactor: 1 });
  const made: string[] = [];
  for (const verdict of VERDICTS) {
    const pick = real.get(verdict) ?? { claim: SAMPLE_CLAIMS[verdict], series: null };
    for (const theme of ['light', 'dark'] as const) {
      const bg = theme === 'dark' ? '#0d1117' : '#f6f8fa';
      const data = JSON.stringify({ claim: pick.claim, series: pick.series, theme }).replace(/</g, '\\u003c');
      await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><style>${css} body{margin:0;background:${bg}} .card{position:static;margin:12px}</style></head>` +
          `<body><div id="app"></div><script>window.__CARD__=${data};</script><script>${js}</script></body></html>`,
      );
      const card = page.locator('.card');
      await card.waitFor();
      const file = join(OUT, `card-${verdict}-${theme}.png`);
      await card.screenshot({ path: file });
      made.push(`${file} (${real.has(verdict) ? 'real claim' : 'example claim'})`);
    }
  }
  await browser.close();

  // The popup, from the production build, beside the sample article.
  ensureBuilt();
  const server = await servePages(join(ROOT, 'tests/fixtures'));
  const ext = await launchWithExtension(server.port);
  try {
    const tab = await ext.context.newPage();
    await tab.goto(server.siteUrl('demo/sample-article.html'));
    await settleMarks(tab, { timeout: 15_000 });
    await tab.waitForTimeout(1500);
    const tabId: number = await ext.worker.evaluate(async (url: string) => {
      const api = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).chrome;
      return (await api.tabs.query({})).find((t) => t.url === url)!.id!;
    }, tab.url());
    for (const theme of ['light', 'dark'] as const) {
      const popup = await ext.context.newPage();
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('[data-testid="shown-count"]').waitFor({ timeout: 10_000 });
      await popup.waitForTimeout(300);
      const file = join(OUT, `popup-${theme}.png`);
      await popup.locator('.popup').screenshot({ path: file });
      made.push(file);
      await popup.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  console.log(made.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
