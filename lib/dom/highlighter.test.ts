// @vitest-environment happy-dom
import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { isMarkable, isStale, markRanges, rangeText, type BlockLike, type MarkSpec } from './highlighter';

/** A block over every text node under el, in order, as collect.ts builds them. */
function blockOf(el: Element): BlockLike {
  const nodes: BlockLike['nodes'] = [];
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  return { text, nodes };
}

function specFor(block: BlockLike, needle: string, id: string, from = 0): MarkSpec {
  const start = block.text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in "${block.text}"`);
  return { block: 0, start, end: start + needle.length, id, verdict: 'matches' };
}

function root(html: string): HTMLElement {
  document.body.textContent = '';
  const div = document.createElement('div');
  document.body.append(div);
  div.innerHTML = html; // test-owned markup only
  return div;
}

beforeEach(() => {
  document.body.textContent = '';
});

describe('markRanges', () => {
  it('gives a claim inside one text node a range over that node, and edits nothing', () => {
    const el = root('<p>Japan holds $1.13 trillion in U.S. Treasuries.</p>');
    const before = el.innerHTML;
    const node = el.querySelector('p')!.firstChild as Text;
    const block = blockOf(el);
    const [m] = markRanges([block], [specFor(block, '$1.13 trillion', 'a')]);
    expect(m).toMatchObject({ id: 'a', verdict: 'matches', startNode: node, endNode: node, text: '$1.13 trillion' });
    expect(node.data.slice(m!.startOffset, m!.endOffset)).toBe('$1.13 trillion');
    expect(el.innerHTML).toBe(before);
    expect(el.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('spans a number split across inline elements with one range over both nodes', () => {
    const el = root('<p>holds <strong>$1.13</strong> trillion of debt</p>');
    const block = blockOf(el);
    const [m] = markRanges([block], [specFor(block, '$1.13 trillion', 'x')]);
    expect(m!.nodes.map((n) => n.data)).toEqual(['$1.13', ' trillion of debt']);
    expect(m!.startNode.data).toBe('$1.13');
    expect(m!.endOffset).toBe(' trillion'.length);
    expect(rangeText(m!)).toBe('$1.13 trillion');
    expect(el.innerHTML).toBe('<p>holds <strong>$1.13</strong> trillion of debt</p>');
  });

  it('marks a figure whose words are on two source lines, read as one line (collect.ts screenText)', () => {
    const el = root('<p>down 1.8 basis\npoints on the day</p>');
    const raw = blockOf(el);
    const block = { ...raw, text: raw.text.replace(/\n/g, ' ') };
    const [m] = markRanges([block], [specFor(block, '1.8 basis points', 'nl')]);
    expect(m?.text).toBe('1.8 basis\npoints');
    expect(el.innerHTML).toBe('<p>down 1.8 basis\npoints on the day</p>');
  });

  it('marks several claims in one text node', () => {
    const el = root('<p>A 24% tariff and a 25% duty on autos, up from 2.5%.</p>');
    const block = blockOf(el);
    const ranges = markRanges(
      [block],
      ['24%', '25%', '2.5%'].map((n, i) => specFor(block, n, `c${i}`)),
    );
    expect(ranges.map((r) => r.text).sort()).toEqual(['2.5%', '24%', '25%']);
  });

  it('skips overlapping claims', () => {
    const el = root('<p>rates of 4.25%-4.50% held</p>');
    const block = blockOf(el);
    const ranges = markRanges([block], [specFor(block, '4.25%-4.50%', 'r'), specFor(block, '4.50%', 'q')]);
    expect(ranges.map((r) => r.id)).toEqual(['q']);
  });

  it.each([
    ['contenteditable', '<div contenteditable="true"><p>up 0.8% today</p></div>'],
    ['textarea-like form', '<form><label>up 0.8% today</label></form>'],
    ['code', '<pre><code>x = 0.8%</code></pre>'],
    ['our own UI', '<div data-claimlens-ui=""><p>up 0.8% today</p></div>'],
    ['role textbox', '<div role="textbox"><span>up 0.8% today</span></div>'],
  ])('skips text inside %s', (_name, html) => {
    const el = root(html);
    const block = blockOf(el);
    expect(markRanges([block], [specFor(block, '0.8%', 'e')])).toHaveLength(0);
  });

  it('skips a claim whose text changed since the block was read', () => {
    const el = root('<p>up 0.8% today</p>');
    const block = blockOf(el);
    const spec = specFor(block, '0.8%', 's');
    (el.querySelector('p')!.firstChild as Text).data = 'up 1.9% today';
    expect(markRanges([block], [spec])).toHaveLength(0);
  });

  it('treats editable and our own UI as unmarkable', () => {
    const el = root('<p>plain</p><div contenteditable="true">edit</div>');
    expect(isMarkable(el.querySelector('p')!.firstChild!)).toBe(true);
    expect(isMarkable(el.querySelector('div')!.firstChild!)).toBe(false);
  });

  it('never changes the DOM, whatever the ranges (property)', () => {
    const parts = fc.array(
      fc.record({
        text: fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[<>&]/g, 'x')),
        tag: fc.constantFrom('', 'b', 'a', 'span'),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(parts, fc.array(fc.tuple(fc.nat(80), fc.nat(10)), { maxLength: 6 }), (ps, spans) => {
        const el = root(`<p>${ps.map((p) => (p.tag ? `<${p.tag}>${p.text}</${p.tag}>` : p.text)).join('')}</p>`);
        const before = el.innerHTML;
        const nodesBefore = [...el.querySelectorAll('*')].map((e) => e.childNodes.length);
        const block = blockOf(el);
        const specs = spans.map(([s, len], i) => {
          const start = Math.min(s, block.text.length);
          return { block: 0, start, end: Math.min(start + len + 1, block.text.length), id: `p${i}`, verdict: 'close' };
        });
        for (const r of markRanges([block], specs)) {
          // Each range covers exactly the spec's text.
          const spec = specs.find((x) => x.id === r.id)!;
          expect(rangeText(r)).toBe(block.text.slice(spec.start, spec.end));
        }
        expect(el.innerHTML).toBe(before);
        expect([...el.querySelectorAll('*')].map((e) => e.childNodes.length)).toEqual(nodesBefore);
      }),
      { numRuns: 150 },
    );
  });
});

describe('isStale', () => {
  it('a mark whose node the page rewrites in place is stale; the same text written again is not', () => {
    const el = root('<p>The 10-year yield rose to 4.48% after the jobs report.</p>');
    const node = el.querySelector('p')!.firstChild as Text;
    const block = blockOf(el);
    const [m] = markRanges([block], [specFor(block, '4.48%', 't')]);
    expect(isStale(m!)).toBe(false);
    node.data = 'The 10-year yield rose to 4.48% after the jobs report.';
    expect(isStale(m!)).toBe(false);
    node.data = 'The 10-year yield rose to 4.45% after the jobs report.';
    expect(isStale(m!)).toBe(true);
    // The page's node is whole: one node, the page's own sentence, no copies.
    expect(el.querySelector('p')!.childNodes).toHaveLength(1);
    expect(el.textContent).toBe('The 10-year yield rose to 4.45% after the jobs report.');
  });

  it('a mark whose node left the page or shrank is stale', () => {
    const el = root('<p>up <b>0.8%</b> today</p>');
    const block = blockOf(el);
    const [m] = markRanges([block], [specFor(block, '0.8%', 'g')]);
    (m!.startNode as Text).data = '1';
    expect(rangeText(m!)).toBeNull();
    expect(isStale(m!)).toBe(true);
    const [m2] = markRanges([blockOf(el)], [{ block: 0, start: 3, end: 4, id: 'h', verdict: 'close' }]);
    el.querySelector('b')!.remove();
    expect(isStale(m2!)).toBe(true);
  });
});
