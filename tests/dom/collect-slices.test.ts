/**
 * The sliceable block reader gives the same blocks as one pass, cuts giant text into bounded
 * blocks, and marks placed across those cuts land on the right text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, createCollector } from '../../lib/dom/collect';
import { markRanges, rangeText } from '../../lib/dom/highlighter';
import { giantNumbers, giantTextNode, unicodeDigits } from '../robustness/generate';

const ROOT = join(import.meta.dirname, '../..');

function docOf(html: string): Document {
  const w = new Window({ url: 'https://www.ainvest.com/' });
  w.document.write(html);
  return w.document as unknown as Document;
}

const shape = (bs: ReturnType<typeof collectBlocks>) =>
  bs.map((b) => ({ text: b.text, n: b.nodes.length, el: b.element.tagName, context: b.context }));

describe('createCollector', () => {
  const files = [
    ...readdirSync(join(ROOT, 'tests/fixtures/articles'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(ROOT, 'tests/fixtures/articles', f)),
    ...readdirSync(join(ROOT, 'tests/robustness/pages')).map((f) => join(ROOT, 'tests/robustness/pages', f)),
  ];
  it.each(files.map((f) => [f.split('/').slice(-2).join('/'), f]))(
    'reads %s the same in slices of 256 nodes as in one pass',
    (_, file) => {
      const html = readFileSync(file, 'utf8');
      const whole = collectBlocks(docOf(html));
      const c = createCollector(docOf(html));
      while (!c.step(() => true));
      expect(shape(c.blocks)).toEqual(shape(whole));
    },
  );

  it('pauses when asked and resumes where it stopped', () => {
    const doc = docOf(`<body>${'<p>The yen at 145.62 per dollar.</p>'.repeat(2000)}</body>`);
    const c = createCollector(doc);
    let pauses = 0;
    while (!c.step(() => true)) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(c.blocks).toHaveLength(2000);
  });

  it('cuts a giant text node into bounded blocks that cover all of its text, in order', () => {
    const doc = docOf(giantTextNode(300_000));
    const blocks = collectBlocks(doc);
    expect(blocks.length).toBeGreaterThan(10);
    for (const b of blocks) expect(b.text.length).toBeLessThanOrEqual(20_000);
    const node = doc.querySelector('div')!.firstChild as Text;
    expect(blocks.map((b) => b.text).join('')).toBe(node.data);
    // Every block maps back onto the same node at its own offset.
    for (const b of blocks) expect(node.data.slice(-b.nodes[0].start, -b.nodes[0].start + b.text.length)).toBe(b.text);
  });

  it('cuts a million digits without a space into bounded blocks, quickly', () => {
    const doc = docOf(giantNumbers());
    const t = performance.now();
    const blocks = collectBlocks(doc);
    expect(performance.now() - t).toBeLessThan(500);
    expect(Math.max(...blocks.map((b) => b.text.length))).toBeLessThanOrEqual(20_000);
    expect(blocks.map((b) => b.text).join('')).toContain('7'.repeat(1_000_000));
  });

  it('marks across the cuts of one text node, leaving the node whole', () => {
    const doc = docOf(giantTextNode(100_000));
    const before = doc.body.innerHTML;
    const blocks = collectBlocks(doc);
    // The first "%" figure of every block.
    const specs = blocks.flatMap((b, i) => {
      const m = /\d+\.\d%/.exec(b.text);
      return m ? [{ block: i, start: m.index, end: m.index + m[0].length, id: `m${i}`, verdict: 'matches' }] : [];
    });
    expect(specs.length).toBeGreaterThan(3);
    const ranges = markRanges(blocks, specs);
    expect(ranges).toHaveLength(specs.length);
    for (const r of ranges) {
      const s = specs.find((x) => x.id === r.id)!;
      expect(rangeText(r)).toBe(blocks[s.block].text.slice(s.start, s.end));
    }
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('div')!.childNodes).toHaveLength(1);
  });

  it('reads Unicode digits and spaces without throwing', () => {
    const blocks = collectBlocks(docOf(unicodeDigits()));
    expect(blocks.length).toBe(8);
  });
});
