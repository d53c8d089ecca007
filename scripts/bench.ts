import { type BenchPage, bundledEngine, loadBenchPages } from './bench-pages';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { loadBundledDatasetFromDisk } from '../lib/scan/load-dataset';
import { ALIAS_KEYS, aliasRecords } from '../lib/dataset/aliases';

/**
 * npm run bench: the engine's throughput in Node (extract + match + judge, MB/s of article text),
 * the alias index's build and load time, and the ratio to a bare regex pass over the same text.
 * The engine is bundled with esbuild first, as the content script ships it (tsx would wrap every
 * closure in a naming helper and slow it). Then the in-browser figures (scripts/bench-browser.ts),
 * unless --node-only.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_MBPS = 5;

type Page = BenchPage;

/** The fixture text again with every figure changed, so no cache sees the same sentence twice. */
function perturbed(pages: Page[], copies: number): Page[] {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: Page[] = [];
  for (let c = 0; c < copies; c++) {
    for (const p of pages) {
      const blocks = p.blocks.map((b) => {
        // Each digit redrawn (the first of a run kept non-zero), years kept: same layout, new figures.
        const shift = (s: string) =>
          s.replace(/\d+/g, (m) =>
            m.length === 4 && /^(19|20)/.test(m)
              ? m
              : [...m]
                  .map((_, i) => String(i === 0 && m.length > 1 ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10)))
                  .join(''),
          );
        return typeof b === 'string' ? shift(b) : { text: shift(b.text), ...(b.context ? { context: b.context } : {}) };
      });
      out.push({ blocks, published: p.published, chars: p.chars });
    }
  }
  return out;
}

/**
 * Milliseconds per run, wall clock (the engine is single-threaded): after a warm-up, several
 * windows are timed and their median reported with the fastest and slowest, since a shared
 * two-core machine slows some windows. CPU time (which also counts the garbage collector's
 * helper threads) is given beside it.
 */
function timeIt(
  fn: () => void,
  minMs = 1500,
): { ms: number; fastMs: number; slowMs: number; cpuMs: number; runs: number } {
  const w0 = performance.now();
  while (performance.now() - w0 < minMs / 2) fn();
  const windows: number[] = [];
  let runs = 0;
  const c0 = process.cpuUsage();
  for (let w = 0; w < 5; w++) {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < minMs / 5) {
      fn();
      n++;
    }
    windows.push((performance.now() - t0) / n);
    runs += n;
  }
  const cpu = process.cpuUsage(c0);
  windows.sort((a, b) => a - b);
  return {
    ms: windows[2]!,
    fastMs: windows[0]!,
    slowMs: windows[4]!,
    cpuMs: (cpu.user + cpu.system) / 1000 / runs,
    runs,
  };
}

export async function runNodeBench(): Promise<Record<string, number>> {
  const dataset = loadBundledDatasetFromDisk();
  const createEngine = await bundledEngine('engine');

  const records = aliasRecords(dataset.indicators);
  const buildIndex = timeIt(() => Fuse.createIndex([...ALIAS_KEYS], records), 500);
  const indexJson = Fuse.createIndex([...ALIAS_KEYS], records).toJSON();
  const parseIndex = timeIt(() => Fuse.parseIndex(indexJson), 500);
  const t0 = performance.now();
  const engine = createEngine(dataset);
  const createMs = performance.now() - t0;

  const pages = loadBenchPages();
  // Cold: the first passes of a new engine, before the JIT has compiled its code and its patterns.
  // In the extension this is every restart of the background service worker (it is stopped when idle).
  const pageChars = pages.reduce((n, p) => n + p.chars, 0);
  const coldMs = [0, 1, 2].map(() => {
    const t0 = performance.now();
    for (const p of pages) engine.analyze(p.blocks, { published: p.published });
    return performance.now() - t0;
  });
  console.log(
    `cold engine, fixture articles: passes 1-3 ${coldMs.map((ms) => ms.toFixed(0)).join(', ')} ms (first ${(pageChars / 1e6 / (coldMs[0]! / 1000)).toFixed(2)} MB/s)`,
  );
  const corpora: [string, Page[]][] = [
    ['fixture articles', pages],
    ['fixtures x20, every digit redrawn', perturbed(pages, 20)],
  ];
  const figures: Record<string, number> = {
    indexBuildMs: buildIndex.ms,
    indexParseMs: parseIndex.ms,
    createEngineMs: createMs,
    coldFirstPassMs: coldMs[0]!,
  };
  console.log(
    `alias index: ${records.length} aliases; build ${buildIndex.ms.toFixed(2)} ms (npm run data), load ${parseIndex.ms.toFixed(2)} ms; createEngine ${createMs.toFixed(1)} ms`,
  );
  for (const [name, corpus] of corpora) {
    const chars = corpus.reduce((n, p) => n + p.chars, 0);
    const text = corpus.flatMap((p) => p.blocks.map((b) => (typeof b === 'string' ? b : b.text))).join('\n');
    let claims = 0;
    const engineRun = timeIt(() => {
      claims = 0;
      for (const p of corpus) claims += engine.analyze(p.blocks, { published: p.published }).length;
    }, 4000);
    const re = /\d+(?:[.,]\d+)*/g;
    const regexRun = timeIt(() => {
      let n = 0;
      re.lastIndex = 0;
      while (re.exec(text)) n++;
      if (n < 0) throw new Error('unreachable');
    }, 500);
    const mbps = chars / 1e6 / (engineRun.ms / 1000);
    const regexMbps = text.length / 1e6 / (regexRun.ms / 1000);
    console.log(
      `${name}: ${(chars / 1024).toFixed(0)} kB, ${claims} numbers read; engine ${mbps.toFixed(2)} MB/s median (${(chars / 1e6 / (engineRun.slowMs / 1000)).toFixed(2)}–${(chars / 1e6 / (engineRun.fastMs / 1000)).toFixed(2)} over 5 windows; ${engineRun.ms.toFixed(1)} ms a pass, CPU ${engineRun.cpuMs.toFixed(1)} ms), bare regex ${regexMbps.toFixed(0)} MB/s, ratio ${(regexMbps / mbps).toFixed(0)}x; budget >= ${BUDGET_MBPS} MB/s: ${mbps >= BUDGET_MBPS ? 'met' : 'NOT MET'}`,
    );
    figures[`${name} MB/s`] = mbps;
    figures[`${name} regex ratio`] = regexMbps / mbps;
  }
  return figures;
}

async function main(): Promise<void> {
  await runNodeBench();
  if (process.argv.includes('--node-only')) return;
  const browser = join(root, 'scripts/bench-browser.ts');
  if (existsSync(browser)) {
    const mod = (await import(pathToFileURL(browser).href)) as { runBrowserBench?: () => Promise<unknown> };
    if (mod.runBrowserBench) await mod.runBrowserBench();
  }
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
