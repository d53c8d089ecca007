// @vitest-environment happy-dom
/**
 * The content script's DOM path on real fixture pages, without a browser: collect blocks, run the
 * engine, turn what it found into ranges over the page's text nodes (painting is the browser's; see
 * tests/e2e), and watch the page for changes, including changes inside marked text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../lib/claims/engine';
import type { Dataset } from '../../lib/dataset/schema';
import { collectBlocks, findPublishedDate } from '../../lib/dom/collect';
import { isStale, markRanges, rangeText, type MarkRange, type MarkSpec } from '../../lib/dom/highlighter';
import { outermost, watchPage } from '../../lib/dom/observe';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'tests/fixtures/articles');
const FIXTURES = readdirSync(ARTICLES).filter((f) => f.endsWith('.html'));

let engine: Engine;
beforeAll(() => {
  engine = createEngine(JSON.parse(readFileSync(join(ROOT, 'public/dataset.json'), 'utf8')) as Dataset);
});

function load(file: string) {
  // The fixtures' stylesheet links point at the sites they were modelled on; happy-dom does not load
  // them and would print each refusal as an error in a passing run.
  const html = readFileSync(join(ARTICLES, file), 'utf8').replace(/<link\b[^>]*>/gi, '');
  document.open();
  document.write(html);
  document.close();
}

function markAll(): { specs: MarkSpec[]; ranges: MarkRange[] } {
  const blocks = collectBlocks(document);
  const claims = engine.analyze(
    blocks.map((b) => b.text),
    { published: findPublishedDate(document) },
  );
  const specs = claims
    .filter((c) => c.indicator)
    .map((c, i) => ({
      block: c.block,
      start: c.start,
      end: c.end,
      id: `t${i}`,
      verdict: c.judgement?.verdict ?? 'unverifiable',
    }));
  return { specs, ranges: markRanges(blocks, specs) };
}

describe.each(FIXTURES)('%s', (file) => {
  it('gives every matched claim a range over its own text, and leaves the DOM as it was', () => {
    load(file);
    const html = document.body.innerHTML;
    const { specs, ranges } = markAll();
    expect(specs.length).toBeGreaterThan(0);
    // Claims never overlap, so every one the engine matched gets a range.
    expect(ranges).toHaveLength(specs.length);
    const blocks = collectBlocks(document);
    for (const r of ranges) {
      const spec = specs.find((s) => s.id === r.id)!;
      expect(rangeText(r)).toBe(blocks[spec.block]!.text.slice(spec.start, spec.end));
      expect(isStale(r)).toBe(false);
      for (const n of r.nodes)
        expect(n.parentElement!.closest('form, code, pre, textarea, [contenteditable="true"], button')).toBeNull();
    }
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('collection on a built page', () => {
  it('reads numbers split across inline elements as one claim and marks both pieces', () => {
    document.body.innerHTML =
      '<article><p>Finance Minister Katsunobu Kato hinted at using Japan’s <strong>$1.13</strong> trillion in U.S. Treasury holdings as a card.</p></article>';
    const blocks = collectBlocks(document);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text).toContain('$1.13 trillion');
    const claims = engine.analyze([blocks[0].text], { published: '2025-05-03' }).filter((c) => c.indicator);
    expect(claims.map((c) => c.text)).toContain('$1.13 trillion');
    const c = claims.find((x) => x.text === '$1.13 trillion')!;
    const [m] = markRanges(blocks, [{ block: 0, start: c.start, end: c.end, id: 'k', verdict: 'matches' }]);
    expect(rangeText(m!)).toBe('$1.13 trillion');
    expect(m!.nodes).toHaveLength(2);
    expect(m!.startNode.parentElement!.localName).toBe('strong');
  });

  it('never marks inside editable areas even when the text is a claim', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p>The Nikkei 225 rose 0.8% this week.</p></div><textarea>The Nikkei 225 rose 0.8% this week.</textarea><p>The Nikkei 225 rose 0.8% this week.</p>';
    const blocks = collectBlocks(document);
    const claims = engine
      .analyze(
        blocks.map((b) => b.text),
        { published: '2025-05-03' },
      )
      .filter((c) => c.indicator);
    const specs = claims.map((c, i) => ({ block: c.block, start: c.start, end: c.end, id: `e${i}`, verdict: 'close' }));
    // Whatever collect returns, specs pointing into editable text are refused by the highlighter.
    const all = blocks.flatMap((b, bi) =>
      [...b.text.matchAll(/0\.8%/g)].map((mm, i) => ({
        block: bi,
        start: mm.index!,
        end: mm.index! + 4,
        id: `x${bi}-${i}`,
        verdict: 'close',
      })),
    );
    const ranges = markRanges(blocks, [...specs, ...all]);
    expect(ranges.some((r) => r.nodes.some((n) => n.parentElement!.closest('[contenteditable]')))).toBe(false);
    expect(document.querySelector('textarea')!.value).toBe('The Nikkei 225 rose 0.8% this week.');
    // Only the plain paragraph's figure: one range, however many specs pointed at it.
    const inP = ranges.filter((r) => r.startNode.parentElement!.matches('body > p'));
    expect(new Set(inP.map((r) => r.startOffset)).size).toBe(1);
  });
});

describe('watching the page', () => {
  it('reports added content once, debounced, and ignores the extension’s own edits', async () => {
    document.body.innerHTML = '<main><p id="a">first</p></main>';
    const seen: Element[][] = [];
    const w = watchPage(document.body, {
      onChange: (roots) => seen.push(roots),
      isOwn: (n) => n.nodeType === 1 && (n as Element).hasAttribute('data-claimlens-ui'),
      debounceMs: 30,
    });
    const main = document.querySelector('main')!;
    const p1 = document.createElement('p');
    p1.textContent = 'Yields rose 12 bp';
    const p2 = document.createElement('p');
    p2.textContent = 'and the yen hit 150.1';
    main.append(p1);
    main.append(p2);
    // Our own nodes (a host outside <body>) must not come back as page content.
    w.ownEdit(() => {
      const host = document.createElement('claimlens-overlay');
      host.setAttribute('data-claimlens-ui', '');
      document.documentElement.append(host);
    });
    await new Promise((r) => setTimeout(r, 120));
    expect(seen).toHaveLength(1);
    expect(seen[0].map((e) => e.textContent)).toEqual(['Yields rose 12 bp', 'and the yen hit 150.1']);
    w.stop();
  });

  it('reports a change inside marked text (the mark is re-read), but not a rewrite with the same text', async () => {
    document.body.innerHTML = '<main><p id="t">The 10-year yield rose to 4.48% after the jobs report.</p></main>';
    const seen: string[][] = [];
    const w = watchPage(document.body, {
      onChange: (roots) => seen.push(roots.map((r) => r.id)),
      isOwn: () => false,
      debounceMs: 20,
    });
    const node = document.getElementById('t')!.firstChild as Text;
    const [m] = markRanges(collectBlocks(document.body), [
      { block: 0, start: 26, end: 31, id: 'y', verdict: 'matches' },
    ]);
    expect(rangeText(m!)).toBe('4.48%');
    // A ticker's every tick: the same sentence written again changes nothing.
    node.data = 'The 10-year yield rose to 4.48% after the jobs report.';
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toEqual([]);
    node.data = 'The 10-year yield rose to 4.45% after the jobs report.';
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toEqual([['t']]);
    expect(isStale(m!)).toBe(true);
    // The page's node is whole and says exactly what the page wrote.
    expect(document.getElementById('t')!.childNodes).toHaveLength(1);
    expect(document.getElementById('t')!.textContent).toBe('The 10-year yield rose to 4.45% after the jobs report.');
    w.stop();
  });

  it('keeps outermost roots only', () => {
    document.body.innerHTML = '<div id="o"><p id="i"><b id="b">x</b></p></div><p id="s">y</p>';
    const ids = outermost(['#b', '#o', '#i', '#s'].map((s) => document.querySelector(s)!)).map((e) => e.id);
    expect(ids).toEqual(['o', 's']);
  });
});
