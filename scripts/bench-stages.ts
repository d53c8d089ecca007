import { bundledEngine, loadBenchPages } from './bench-pages';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { loadBundledDatasetFromDisk } from '../lib/scan/load-dataset';

/**
 * npm run bench:stages: where the engine's time goes, stage by stage, on the bench's fixture pages.
 * The engine is bundled as for `npm run bench`, with each function named in STAGES wrapped in a
 * timer (inclusive time, and self time less the stages it calls). The timers cost time of their own
 * (a few hundred nanoseconds a call), so the total is above the plain bench's; read the shares.
 */

const _root = fileURLToPath(new URL('..', import.meta.url));

/** Pipeline stages (engine.ts's order), then the larger pieces inside them. */
const STAGES = [
  'readBlock',
  'hasCandidateNumbers',
  'extractNumbers',
  'sentenceSpans',
  'tokenize',
  'sentenceFigures',
  'subjectInSight',
  'findSubjects',
  'aliasCandidates',
  'readContext',
  'periodPhrases',
  'chooseSubject',
  'claimOf',
  'judge',
  'matchRecord',
  'runChecks',
];

/** Methods timed the same way: the matcher's alias scan and the sentence's qualifier words. */
const METHODS = ['occurrences', 'qualifiers'];

interface Clock {
  incl: Record<string, number>;
  self: Record<string, number>;
  calls: Record<string, number>;
}

/** Renames `function NAME(` to NAME__timed and puts a timing wrapper under the old name. */
function timed(names: readonly string[]): Plugin {
  return {
    name: 'timed-stages',
    setup(b) {
      b.onLoad({ filter: /lib[\\/]claims[\\/].*\.ts$/ }, (args) => {
        let src = readFileSync(args.path, 'utf8');
        for (const n of names) {
          const re = new RegExp(`^(export )?function ${n}\\(`, 'm');
          if (!re.test(src)) continue;
          src = src.replace(
            re,
            `$1function ${n}(...a: any[]): any { return __stage('${n}', ${n}__timed, a); }\nfunction ${n}__timed(`,
          );
          src += `\ndeclare const __stage: (n: string, f: (...a: any[]) => any, a: any[]) => any;\n`;
        }
        // Methods (two-space indent in a class body): the timer calls the original on the same object.
        for (const n of METHODS) {
          const re = new RegExp(`^  ${n}\\(`, 'm');
          if (!re.test(src)) continue;
          src = src.replace(
            re,
            `  ${n}(...a: any[]): any { return __stage('${n}', (...b: any[]) => (this as any).${n}__timed(...b), a); }\n  ${n}__timed(`,
          );
          src += `\ndeclare const __stage: (n: string, f: (...a: any[]) => any, a: any[]) => any;\n`;
        }
        return { contents: src, loader: 'ts' };
      });
    },
  };
}

function installClock(): Clock {
  const clock: Clock = { incl: {}, self: {}, calls: {} };
  const open: string[] = [];
  const childTime: number[] = [];
  (globalThis as { __stage?: unknown }).__stage = (n: string, f: (...a: unknown[]) => unknown, a: unknown[]) => {
    // A stage inside itself (judge's other benchmark) is counted once, at its outer call.
    const nested = open.includes(n);
    open.push(n);
    childTime.push(0);
    const t0 = performance.now();
    try {
      return f(...a);
    } finally {
      const dt = performance.now() - t0;
      open.pop();
      const inner = childTime.pop()!;
      if (childTime.length) childTime[childTime.length - 1]! += dt;
      if (!nested) clock.incl[n] = (clock.incl[n] ?? 0) + dt;
      clock.self[n] = (clock.self[n] ?? 0) + dt - inner;
      clock.calls[n] = (clock.calls[n] ?? 0) + 1;
    }
  };
  return clock;
}

async function main(): Promise<void> {
  // The clock is installed before the instrumented module is loaded, which may read it on load.
  const clock = installClock();
  const createEngine = await bundledEngine('engine-stages', [timed(STAGES)]);
  const engine = createEngine(loadBundledDatasetFromDisk());
  const pages = loadBenchPages();
  const pass = () => {
    for (const p of pages) engine.analyze(p.blocks, { published: p.published });
  };
  for (let i = 0; i < 10; i++) pass();
  // The fastest of several rounds: a shared machine slows some of them.
  let best: { total: number; clock: Clock } | null = null;
  for (let r = 0; r < 5; r++) {
    clock.incl = {};
    clock.self = {};
    clock.calls = {};
    const passes = 10;
    const t0 = performance.now();
    for (let i = 0; i < passes; i++) pass();
    const total = (performance.now() - t0) / passes;
    if (!best || total < best.total) {
      const per = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v / passes]));
      best = { total, clock: { incl: per(clock.incl), self: per(clock.self), calls: per(clock.calls) } };
    }
  }
  const { total, clock: c } = best!;
  const selfSum = Object.values(c.self).reduce((a, b) => a + b, 0);
  console.log(
    `engine pass (timers on): ${total.toFixed(1)} ms; outside every stage: ${(total - selfSum).toFixed(1)} ms`,
  );
  console.log('stage                  incl ms   incl %   self ms  calls/pass');
  for (const n of [...STAGES, ...METHODS].filter((s) => c.incl[s] !== undefined)) {
    console.log(
      `${n.padEnd(22)} ${c.incl[n]!.toFixed(2).padStart(7)} ${((100 * c.incl[n]!) / total).toFixed(1).padStart(7)}% ${c.self[n]!.toFixed(2).padStart(8)} ${String(Math.round(c.calls[n]!)).padStart(10)}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(`bench-stages: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
