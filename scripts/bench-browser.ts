/**
 * In-browser figures for `npm run bench` (and alone as `npm run bench:browser`): each page is loaded
 * in Debian's Chromium with the built extension running on it and, in the same run, under a name the
 * extension does not run on. Budgets are in DESIGN.md (Budgets).
 *
 * Figures per page:
 *  - idleToMarkMs: time from document idle (the moment the content script starts, which Chromium
 *    schedules at or after DOMContentLoaded) to the last mark painted (a range added to ClaimLens's
 *    CSS highlights, seen by a 10 ms count in the page): the budgets' clock.
 *    lastMarkMs is the same end measured from DOMContentLoaded, shown beside it. On pages with more than 400 claims only
 *    those near the viewport are marked at once (the rest as the reader scrolls), so `marks` is what
 *    was placed and `claims` what the page holds (the content script's own count);
 *  - longTaskMs: the longest task the page reports through PerformanceObserver('longtask'), with and
 *    without the extension;
 *  - extTaskMs: the longest main-thread task in which the extension's own code ran (a Chromium trace's
 *    top-level tasks, crossed with CPU-profile samples whose stack holds the content script): the
 *    budget's "task attributable to the extension";
 *  - taskMs with/without: main-thread time (CDP Performance.getMetrics TaskDuration) and their ratio;
 *  - heapKB: the JS heap the extension adds (JSHeapUsedSize after a GC, with minus without);
 *  - content script gzipped size (before the dataset, which is a separate file).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  ensureBuilt,
  launchWithExtension,
  servePages,
  type Launched,
  type PageServer,
} from '../tests/e2e/harness';
import { SEED, deepDom, denseArticle, manyParagraphs } from '../tests/robustness/generate';

export interface PageFigures {
  page: string;
  bytes: number;
  marks: number;
  /** Claims shown on the page, marked yet or not (the content script's count). */
  claims: number;
  /** DOMContentLoaded → last mark inserted, ms. */
  lastMarkMs: number | null;
  /** Content script start (document idle) → last mark inserted, ms. */
  idleToMarkMs: number | null;
  longTaskMs: { with: number; without: number };
  /** Longest top-level task that ran extension code, and how much of it was extension code. */
  extTask: { ms: number; extMs: number; count50: number };
  taskMs: { with: number; without: number; ratio: number };
  heapKB: number;
}

export interface BrowserBench {
  contentScriptGzipBytes: number;
  contentScriptBytes: number;
  runs: number;
  pages: PageFigures[];
  budgets: { name: string; ok: boolean; detail: string }[];
}

const SETTLE_QUIET_MS = 800;

/** Runs in the page before its own scripts: long tasks and the time of each mark insertion. */
function probe() {
  const w = window as unknown as { __bench: { longtasks: number[]; lastMark: number; marks: number } };
  w.__bench = { longtasks: [], lastMark: 0, marks: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no longtask support */
  }
  // Marks are ranges in the page's highlight registry, not elements: their number is read every 10 ms
  // (kept cheap: it runs in both loads; a timer, since a page opened by the bench may get no frames
  // before its first paint) and the time it last changed is kept.
  const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
  setInterval(() => {
    let n = 0;
    for (const [name, h] of registry ?? []) if (name.startsWith('claimlens-') && !name.endsWith('-active')) n += h.size;
    if (n !== w.__bench.marks) {
      w.__bench.marks = n;
      w.__bench.lastMark = performance.now();
    }
  }, 10);
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Waits until no mark has been added for SETTLE_QUIET_MS (or the page has none after a while). */
async function settle(page: Page, withExt: boolean): Promise<void> {
  const t0 = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - t0 < 30_000) {
    const n = await page.evaluate(() => (window as unknown as { __bench: { marks: number } }).__bench.marks);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= SETTLE_QUIET_MS && (n > 0 || !withExt || Date.now() - t0 > 4000)) return;
    await page.waitForTimeout(100);
  }
}

interface Load {
  taskMs: number;
  heap: number;
  longTask: number;
  lastMarkMs: number | null;
  idleToMarkMs: number | null;
  marks: number;
  claims: number;
}

/**
 * The content script's own count of claims on the page and when it started (page clock), asked
 * from the extension's service worker.
 */
async function stateOf(browser: Launched, url: string): Promise<{ shown: number; startedAt: number | null }> {
  return browser.worker.evaluate(async (u: string) => {
    type Api = {
      tabs: {
        query(q: object): Promise<{ id?: number; url?: string }[]>;
        sendMessage(id: number, m: object): Promise<{ res?: { shown: number; startedAt: number } } | undefined>;
      };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === u);
    if (!tab?.id) return { shown: 0, startedAt: null };
    const r = await api.tabs.sendMessage(tab.id, { id: 1, type: 'getPageState', timestamp: Date.now() });
    return { shown: r?.res?.shown ?? 0, startedAt: r?.res?.startedAt ?? null };
  }, url);
}

async function load(browser: Launched, url: string, withExt: boolean): Promise<Load> {
  const page = await browser.context.newPage();
  await page.addInitScript(probe);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await settle(page, withExt);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await metrics(cdp);
  const probeOut = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { longtasks: number[]; lastMark: number; marks: number } }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = b.marks;
    return { longtasks: b.longtasks, lastMark: b.lastMark, marks, dcl: nav.domContentLoadedEventEnd };
  });
  await cdp.detach();
  const state = withExt
    ? await stateOf(browser, page.url()).catch(() => ({ shown: -1, startedAt: null }))
    : { shown: 0, startedAt: null };
  await page.close();
  return {
    claims: state.shown,
    taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    heap: after.JSHeapUsedSize ?? 0,
    longTask: Math.max(0, ...probeOut.longtasks),
    lastMarkMs: probeOut.marks ? probeOut.lastMark - probeOut.dcl : null,
    idleToMarkMs: probeOut.marks && state.startedAt !== null ? probeOut.lastMark - state.startedAt : null,
    marks: probeOut.marks,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
}

/**
 * One traced load with the extension: top-level tasks from the trace, CPU samples from the V8
 * profiler (same monotonic clock, in µs), and for each task the samples whose stack holds a
 * chrome-extension:// frame.
 */
async function attribute(browser: Launched, url: string): Promise<PageFigures['extTask']> {
  const page = await browser.context.newPage();
  await page.addInitScript(probe);
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await settle(page, true);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  await page.close();

  // Which profile nodes are, or sit under, extension code.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const extNode = new Map<number, boolean>();
  const isExt = (id: number): boolean => {
    const known = extNode.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const own = n.callFrame.url.startsWith('chrome-extension://');
    const p = parent.get(id);
    const v = own || (p !== undefined && isExt(p));
    extNode.set(id, v);
    return v;
  };
  const extSamples: number[] = [];
  const allSamples: { t: number; id: number }[] = [];
  let t = profile.startTime;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    t += deltas[i] ?? 0;
    allSamples.push({ t, id });
    if (isExt(id)) extSamples.push(t);
  });
  extSamples.sort((a, b) => a - b);
  const interval = extSamples.length > 1 ? Math.min(1000, median(diffs(extSamples))) : 250;

  // Top-level tasks of the renderer's main thread: the thread whose RunTask events hold the samples.
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 0);
  let best = { ms: 0, extMs: 0, count50: 0 };
  let bestWindow: [number, number] | null = null;
  let i0 = 0;
  tasks.sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (i0 < extSamples.length && extSamples[i0] < task.ts) i0++;
    let n = 0;
    for (let i = i0; i < extSamples.length && extSamples[i] <= end; i++) n++;
    if (!n) continue;
    const ms = task.dur! / 1000;
    if (ms > 50) best.count50++;
    if (ms > best.ms) {
      best = { ms, extMs: (n * interval) / 1000, count50: best.count50 };
      bestWindow = [task.ts, end];
    }
  }
  if (process.env.BENCH_DEBUG) {
    const byName = new Map<string, number>();
    const mainTid = tasks.length ? mode(tasks.map((e) => `${e.pid}:${e.tid}`)) : '';
    for (const e of events) {
      if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== mainTid) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    console.log(
      '  trace (inclusive ms by event):\n' +
        [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 20)
          .map(([k, v]) => `   ${v.toFixed(1)} ${k}`)
          .join('\n'),
    );
  }
  if (process.env.BENCH_DEBUG) {
    // Self time by function over every sample under extension code, and the rest by kind.
    const self = new Map<string, number>();
    for (const s of allSamples) {
      const f = byId.get(s.id)!.callFrame;
      const key = isExt(s.id)
        ? `${f.functionName || '(anon)'} :${f.lineNumber}`
        : `[page] ${f.functionName || f.url.split('/').pop()}`;
      self.set(key, (self.get(key) ?? 0) + 1);
    }
    const ms = (n: number) => ((n * interval) / 1000).toFixed(1);
    // Inclusive time by extension function (each sample counted once per distinct name on its stack).
    const incl = new Map<string, number>();
    for (const s of allSamples) {
      const names = new Set<string>();
      for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        if (f.url.startsWith('chrome-extension://')) names.add(f.functionName || '(anon)');
      }
      for (const n of names) incl.set(n, (incl.get(n) ?? 0) + 1);
    }
    console.log(
      '  inclusive (extension functions):\n' +
        [...incl]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 30)
          .map(([k, n]) => `   ${ms(n)} ms ${k}`)
          .join('\n'),
    );
    console.log(
      '  all samples:\n' +
        [...self]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([k, n]) => `   ${ms(n)} ms ${k}`)
          .join('\n'),
    );
  }
  if (process.env.BENCH_DEBUG && bestWindow) {
    // Self time by function inside the longest extension task: where to look first.
    const self = new Map<string, number>();
    for (const s of allSamples) {
      if (s.t < bestWindow[0] || s.t > bestWindow[1]) continue;
      const f = byId.get(s.id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + 1);
    }
    console.log(
      [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([k, n]) => `   ${n} ${k}`)
        .join('\n'),
    );
  }
  return { ms: round(best.ms), extMs: round(best.extMs), count50: best.count50 };
}

function mode(xs: string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0][0];
}
const diffs = (xs: number[]) =>
  xs
    .slice(1)
    .map((x, i) => x - xs[i])
    .filter((d) => d > 0);
function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
const round = (x: number) => Math.round(x * 10) / 10;

/** Issue #12: what a page downloads and parses before the first mark (gzip -9; the dataset is separate). */
export const CONTENT_SCRIPT_BUDGET_BYTES = 35_000;

export function contentScriptSize(): { raw: number; gzip: number } {
  const js = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  return { raw: js.length, gzip: gzipSync(js, { level: 9 }).length };
}

/** The pages measured: the seed article and generated large ones, written to a temporary folder. */
function writePages(dir: string): { name: string; file: string; bytes: number }[] {
  const pages: [string, string][] = [
    ['seed', readFileSync(SEED, 'utf8')],
    ['dense-1mb', denseArticle(1_000_000)],
    ['paragraphs-10k', manyParagraphs(10_000)],
    ['deep-dom', deepDom()],
  ];
  return pages.map(([name, html]) => {
    writeFileSync(join(dir, `${name}.html`), html);
    return { name, file: `${name}.html`, bytes: Buffer.byteLength(html) };
  });
}

/**
 * Runs the in-browser bench and prints its figures (rows as each page finishes, then the budgets),
 * unless `quiet`. Returns the figures.
 */
export async function runBrowserBench(
  opts: { runs?: number; only?: string[]; quiet?: boolean; build?: boolean } = {},
): Promise<BrowserBench> {
  const runs = opts.runs ?? 3;
  const log = opts.quiet ? () => {} : (s: string) => console.log(s);
  log(`\nIn Chromium: each page loaded ${runs}x with and ${runs}x without the extension (medians)…`);
  // build: false measures whatever is in .output/chrome-mv3 (an unminified build, for profiling).
  if (opts.build !== false) ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  let server: PageServer | null = null;
  let browser: Launched | null = null;
  try {
    const pages = writePages(dir).filter((p) => !opts.only?.length || opts.only.includes(p.name));
    server = await servePages(dir);
    browser = await launchWithExtension(server.port);
    // Warm the browser's caches (and the extension's service worker) before anything is timed.
    await load(browser, server.siteUrl(pages[0].file), true);
    await load(browser, server.plainUrl(pages[0].file), false);
    const out: PageFigures[] = [];
    for (const p of pages) {
      const withs: Load[] = [];
      const withouts: Load[] = [];
      // Alternated, so drift in the machine's load hits both sides alike.
      for (let r = 0; r < runs; r++) {
        withouts.push(await load(browser, server.plainUrl(p.file), false));
        withs.push(await load(browser, server.siteUrl(p.file), true));
      }
      const extTask = await attribute(browser, server.siteUrl(p.file));
      const med = (xs: Load[], f: (l: Load) => number) => median(xs.map(f));
      const taskWith = med(withs, (l) => l.taskMs);
      const taskWithout = med(withouts, (l) => l.taskMs);
      const lastMarks = withs.map((l) => l.lastMarkMs).filter((x): x is number => x !== null);
      const idleMarks = withs.map((l) => l.idleToMarkMs).filter((x): x is number => x !== null);
      const fig: PageFigures = {
        page: p.name,
        bytes: p.bytes,
        marks: med(withs, (l) => l.marks),
        claims: med(withs, (l) => l.claims),
        lastMarkMs: lastMarks.length ? round(median(lastMarks)) : null,
        idleToMarkMs: idleMarks.length ? round(median(idleMarks)) : null,
        longTaskMs: { with: round(med(withs, (l) => l.longTask)), without: round(med(withouts, (l) => l.longTask)) },
        extTask,
        taskMs: {
          with: round(taskWith),
          without: round(taskWithout),
          ratio: Math.round((taskWith / taskWithout) * 100) / 100,
        },
        heapKB: Math.round((med(withs, (l) => l.heap) - med(withouts, (l) => l.heap)) / 1024),
      };
      log(formatRow(fig));
      out.push(fig);
    }
    const size = contentScriptSize();
    const result = {
      contentScriptGzipBytes: size.gzip,
      contentScriptBytes: size.raw,
      runs,
      pages: out,
      budgets: budgets(out, size.gzip),
    };
    if (!opts.quiet) printBrowserBench(result);
    return result;
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function budgets(pages: PageFigures[], gzip: number): BrowserBench['budgets'] {
  const b: BrowserBench['budgets'] = [];
  b.push({
    name: `content script <= ${CONTENT_SCRIPT_BUDGET_BYTES / 1000} kB gzip`,
    ok: gzip <= CONTENT_SCRIPT_BUDGET_BYTES,
    detail: `${(gzip / 1000).toFixed(1)} kB`,
  });
  for (const p of pages) {
    b.push({
      name: `${p.page}: no extension task > 50 ms`,
      ok: p.extTask.ms <= 50,
      detail: `longest ${p.extTask.ms} ms (${p.extTask.extMs} ms of it extension code), ${p.extTask.count50} over 50 ms`,
    });
    b.push({
      name: `${p.page}: main-thread ratio <= 2 (aim 1.25)`,
      ok: p.taskMs.ratio <= 2,
      detail: `${p.taskMs.ratio}`,
    });
    if (p.idleToMarkMs === null) continue;
    const which = p.marks < p.claims ? 'marks near the viewport' : 'all marks';
    const detail = `${p.idleToMarkMs} ms from document idle (${p.lastMarkMs} ms from DOMContentLoaded)`;
    b.push({ name: `${p.page}: ${which} within 1 s of idle`, ok: p.idleToMarkMs <= 1000, detail });
    if (p.page === 'seed')
      b.push({ name: 'seed article marked within 50 ms of idle', ok: p.idleToMarkMs <= 50, detail });
  }
  return b;
}

export function formatRow(p: PageFigures): string {
  return [
    p.page.padEnd(15),
    `${(p.bytes / 1000).toFixed(0).padStart(5)} kB`,
    `marks ${String(p.marks).padStart(5)} of ${String(p.claims).padStart(5)}`,
    `last mark ${p.idleToMarkMs === null ? '   -' : String(p.idleToMarkMs).padStart(6)} ms from idle (${p.lastMarkMs ?? '-'} from DCL)`,
    `longtask ${String(p.longTaskMs.with).padStart(6)}/${String(p.longTaskMs.without).padStart(6)} ms`,
    `ext task ${String(p.extTask.ms).padStart(5)} ms (${p.extTask.extMs} ext)`,
    `main ${String(p.taskMs.with).padStart(7)}/${String(p.taskMs.without).padStart(7)} ms = ${p.taskMs.ratio.toFixed(2)}x`,
    `heap +${p.heapKB} kB`,
  ].join(' | ');
}

export function printBrowserBench(r: BrowserBench): void {
  console.log(`\nIn Chromium (median of ${r.runs} loads each, with/without the extension):`);
  for (const p of r.pages) console.log(formatRow(p));
  console.log(`content script: ${r.contentScriptBytes} B, ${r.contentScriptGzipBytes} B gzipped (dataset separate)`);
  console.log('\nBudgets:');
  for (const b of r.budgets) console.log(`  ${b.ok ? 'ok  ' : 'FAIL'} ${b.name}: ${b.detail}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',');
  runBrowserBench({ runs, only, build: !args.includes('--no-build') })
    .then((r) => {
      if (args.includes('--json')) console.log(JSON.stringify(r, null, 2));
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
