// @vitest-environment happy-dom
/**
 * The content script's DOM path on real fixture pages, without a browser: collect blocks, run the
 * engine, wrap what it found, unwrap again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../lib/claims/engine';
import type { Dataset } from '../../lib/dataset/schema';
import { collectBlocks, findPublishedDate } from '../../lib/dom/collect';
import { MARK_ID, MARK_TAG, findMarks, placeMarks, removeAllMarks, type MarkSpec } from '../../lib/dom/highlighter';
import { outermost, watchPage } from '../../lib/dom/observe';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'tests/fixtures/articles');
const FIXTURES = readdirSync(ARTICLES).filter((f) => f.endsWith('.html'));

let engine: Engine;
beforeAll(() => {
  engine = createEngine(JSON.parse(readFileSync(join(ROOT, 'public/dataset.json'), 'utf8')) as Dataset);
});

function load(file: string) {
  const html = readFileSync(join(ARTICLES, file), 'utf8');
  document.open();
  document.write(html);
  document.close();
}

function markAll(): { specs: MarkSpec[]; placed: number } {
  const blocks = collectBlocks(document);
  const claims = engine.analyze(
    blocks.map((b) => b.text),
    { published: findPublishedDate(document) },
  );
  const specs = claims
    .filter((c) => c.indicator)
    .map((c, i) => ({ block: c.block, start: c.start, end: c.end, id: `t${i}`, verdict: c.judgement?.verdict ?? 'unverifiable', label: c.text }));
  return { specs, placed: placeMarks(document, blocks, specs).length };
}

describe.each(FIXTURES)('%s', (file) => {
  it('marks every matched claim, keeps the text, and unmarks back to the original DOM', () => {
    load(file);
    const html = document.body.innerHTML;
    const text = document.body.textContent;
    const { specs, placed } = markAll();
    expect(specs.length).toBeGreaterThan(0);
    // Claims never overlap, so every one the engine matched is wrapped.
    expect(placed).toBe(specs.length);
    const groups = findMarks(document);
    expect(groups.size).toBe(specs.length);
    for (const [, pieces] of groups) {
      expect(pieces.filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
    }
    expect(document.body.textContent).toBe(text);
    for (const el of document.querySelectorAll(MARK_TAG)) {
      expect(el.closest('form, code, pre, textarea, [contenteditable="true"], button')).toBeNull();
    }
    // A second pass marks nothing new.
    expect(markAll().placed).toBe(0);
    expect(document.querySelectorAll(MARK_TAG).length).toBe([...groups.values()].flat().length);
    removeAllMarks(document);
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
    const [m] = placeMarks(document, blocks, [{ block: 0, start: c.start, end: c.end, id: 'k', verdict: 'matches', label: c.text }]);
    expect(m.pieces.map((p) => p.textContent).join('')).toBe('$1.13 trillion');
    expect(m.pieces).toHaveLength(2);
    expect(new Set(m.pieces.map((p) => p.getAttribute(MARK_ID)))).toEqual(new Set(['k']));
  });

  it('never marks inside editable areas even when the text is a claim', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p>The Nikkei 225 rose 0.8% this week.</p></div><textarea>The Nikkei 225 rose 0.8% this week.</textarea><p>The Nikkei 225 rose 0.8% this week.</p>';
    const blocks = collectBlocks(document);
    const claims = engine.analyze(blocks.map((b) => b.text), { published: '2025-05-03' }).filter((c) => c.indicator);
    const specs = claims.map((c, i) => ({ block: c.block, start: c.start, end: c.end, id: `e${i}`, verdict: 'close', label: c.text }));
    // Whatever collect returns, specs pointing into editable text are refused by the highlighter.
    const all = blocks.flatMap((b, bi) =>
      [...b.text.matchAll(/0\.8%/g)].map((mm, i) => ({ block: bi, start: mm.index!, end: mm.index! + 4, id: `x${bi}-${i}`, verdict: 'close', label: '0.8%' })),
    );
    placeMarks(document, blocks, [...specs, ...all]);
    expect(document.querySelector('[contenteditable] claimlens-mark')).toBeNull();
    expect(document.querySelector('textarea')!.value).toBe('The Nikkei 225 rose 0.8% this week.');
    expect(document.querySelectorAll('body > p claimlens-mark').length).toBe(1);
  });
});

describe('watching the page', () => {
  it('reports added content once, debounced, and ignores the extension’s own edits', async () => {
    document.body.innerHTML = '<main><p id="a">first</p></main>';
    const seen: Element[][] = [];
    const w = watchPage(document.body, {
      onChange: (roots) => seen.push(roots),
      isOwn: (n) => n.nodeType === 1 && (n as Element).localName === MARK_TAG,
      debounceMs: 30,
    });
    const main = document.querySelector('main')!;
    const p1 = document.createElement('p');
    p1.textContent = 'Yields rose 12 bp';
    const p2 = document.createElement('p');
    p2.textContent = 'and the yen hit 150.1';
    main.append(p1);
    main.append(p2);
    // Our own wrapping must not come back as page content.
    w.ownEdit(() => {
      const blocks = collectBlocks(document.querySelector('#a')!);
      placeMarks(document, blocks, [{ block: 0, start: 0, end: 5, id: 'own', verdict: 'close', label: 'x' }]);
    });
    await new Promise((r) => setTimeout(r, 120));
    expect(seen).toHaveLength(1);
    expect(seen[0].map((e) => e.textContent)).toEqual(['Yields rose 12 bp', 'and the yen hit 150.1']);
    w.stop();
  });

  it('keeps outermost roots only', () => {
    document.body.innerHTML = '<div id="o"><p id="i"><b id="b">x</b></p></div><p id="s">y</p>';
    const ids = outermost(['#b', '#o', '#i', '#s'].map((s) => document.querySelector(s)!)).map((e) => e.id);
    expect(ids).toEqual(['o', 's']);
  });
});
