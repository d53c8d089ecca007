import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Plugin, build } from 'esbuild';
import type { BlockInput, Engine } from '../lib/claims/engine';
import type { Dataset } from '../lib/dataset/schema';
import { collectBlocks, findPublishedDate } from '../lib/dom/collect';
import { parseHtml } from '../lib/scan/page';

/** What `npm run bench` and `npm run bench:stages` both read: the fixture pages and the bundled engine. */

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BenchPage {
  blocks: BlockInput[];
  published: string | null;
  chars: number;
}

/** The labelled fixture pages' blocks, as the content script hands them to the engine. */
export function loadBenchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const d of ['tests/fixtures/articles', 'tests/fixtures/demo']) {
    const dir = join(root, d);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      const doc = parseHtml(readFileSync(join(dir, f), 'utf8'));
      // Through a structured clone, as the content script's message delivers them to the engine in
      // the background: flat strings, where collection leaves strings joined from text nodes.
      const blocks = structuredClone(
        collectBlocks(doc).map((b) =>
          b.link || b.levels ? { text: b.text, link: true } : b.context ? { text: b.text, context: b.context } : b.text,
        ),
      ) as BlockInput[];
      const chars = blocks.reduce<number>((n, b) => n + (typeof b === 'string' ? b : b.text).length, 0);
      pages.push({ blocks, published: findPublishedDate(doc), chars });
    }
  }
  return pages;
}

/** The engine bundled as the extension ships it (one module, no source maps), optionally instrumented. */
export async function bundledEngine(name: string, plugins: Plugin[] = []): Promise<(ds: Dataset) => Engine> {
  const outfile = join(tmpdir(), `claimlens-${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'lib/claims/engine.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'error',
    plugins,
  });
  const mod = (await import(pathToFileURL(outfile).href)) as { createEngine: (ds: Dataset) => Engine };
  return mod.createEngine;
}
