import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type AnalyzeState, type BlockInput } from '../lib/claims/engine';
import type { Claim } from '../lib/claims/types';
import { collectBlocks, findPublishedDate, findPublishedTime, findUpdatedTime } from '../lib/dom/collect';
import { loadBundledDatasetFromDisk } from '../lib/scan/load-dataset';
import { parseHtml } from '../lib/scan/page';

/**
 * tsx scripts/golden.ts OUT.json: every claim record the engine gives on every fixture page
 * (articles, demo, holdout), whole and in slices, and on copies with every figure redrawn, as JSON.
 * A speed change must leave this file byte-identical: diff a dump taken before it with one after.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: tsx scripts/golden.ts OUT.json');
  process.exit(2);
}
// A fixed "today" for pages without a date, so a dump taken tomorrow still compares.
const TODAY = '2026-01-15';
// Slices as the content script sends them between idle callbacks.
const SLICE = 4;
// Redrawn copies of each page: other figures through the same sentences reach other rules and verdicts.
const COPIES = 3;

interface Page {
  name: string;
  blocks: BlockInput[];
  published: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  for (const d of ['tests/fixtures/articles', 'tests/fixtures/demo', 'tests/fixtures/holdout']) {
    const dir = join(root, d);
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.html'))
      .sort()) {
      const doc = parseHtml(readFileSync(join(dir, f), 'utf8'));
      const blocks = structuredClone(
        collectBlocks(doc).map((b) =>
          b.link || b.levels ? { text: b.text, link: true } : b.context ? { text: b.text, context: b.context } : b.text,
        ),
      ) as BlockInput[];
      pages.push({
        name: `${d}/${f}`,
        blocks,
        published: findPublishedDate(doc),
        publishedAt: findPublishedTime(doc),
        updatedAt: findUpdatedTime(doc),
      });
    }
  }
  return pages;
}

/** The bench's redrawing: every digit new (a run's first kept non-zero), years kept. */
function redrawn(p: Page, seed: number): Page {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const shift = (t: string) =>
    t.replace(/\d+/g, (m) =>
      m.length === 4 && /^(19|20)/.test(m)
        ? m
        : [...m]
            .map((_, i) => String(i === 0 && m.length > 1 ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10)))
            .join(''),
    );
  const blocks = p.blocks.map((b) =>
    typeof b === 'string' ? shift(b) : { text: shift(b.text), ...(b.context ? { context: b.context } : {}) },
  );
  return { ...p, name: `${p.name}#${seed}`, blocks };
}

/** A claim as plain data: the indicator by its id, everything else as the engine gave it. */
function record(c: Claim): unknown {
  return { ...c, indicator: c.indicator?.id ?? null };
}

const engine = createEngine(loadBundledDatasetFromDisk());
const pages = loadPages();
const all = [...pages, ...pages.flatMap((p) => Array.from({ length: COPIES }, (_, i) => redrawn(p, 7 + i)))];
const dump: Record<string, unknown> = {};
for (const p of all) {
  const opts = {
    published: p.published,
    today: TODAY,
    ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
    ...(p.updatedAt ? { updatedAt: p.updatedAt } : {}),
  };
  const whole = engine.analyze(p.blocks, opts);
  const state: AnalyzeState = {};
  const sliced: Claim[] = [];
  for (let i = 0; i < p.blocks.length; i += SLICE) {
    const part = engine.analyze(p.blocks.slice(i, i + SLICE), { ...opts, state });
    for (const c of part) sliced.push({ ...c, block: c.block + i });
  }
  dump[p.name] = { whole: whole.map(record), sliced: sliced.map(record) };
}
writeFileSync(out, `${JSON.stringify(dump, null, 1)}\n`);
const n = Object.values(dump).reduce<number>((k, v) => k + (v as { whole: unknown[] }).whole.length, 0);
console.log(`golden: ${all.length} pages, ${n} claims -> ${out}`);
