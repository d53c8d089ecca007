// @vitest-environment happy-dom
import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import {
  MARK_ID,
  MARK_TAG,
  findMarks,
  isMarkable,
  placeMarks,
  removeAllMarks,
  unwrapMarks,
  type BlockLike,
  type MarkSpec,
} from './highlighter';

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
  return { block: 0, start, end: start + needle.length, id, verdict: 'matches', label: `${needle}: matches` };
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

describe('placeMarks', () => {
  it('wraps a claim inside one text node without changing the text', () => {
    const el = root('<p>Japan holds $1.13 trillion in U.S. Treasuries.</p>');
    const before = el.innerHTML;
    const text = el.textContent;
    const block = blockOf(el);
    const placed = placeMarks(document, [block], [specFor(block, '$1.13 trillion', 'a')]);
    expect(placed).toHaveLength(1);
    const marks = el.querySelectorAll(MARK_TAG);
    expect(marks).toHaveLength(1);
    expect(marks[0].textContent).toBe('$1.13 trillion');
    expect(marks[0].getAttribute('tabindex')).toBe('0');
    expect(marks[0].getAttribute('aria-label')).toBe('$1.13 trillion: matches');
    expect(el.textContent).toBe(text);
    expect((el as HTMLElement).innerText).toBe((root(before) as HTMLElement).innerText);
  });

  it('wraps each piece of a number split across inline elements, as one claim', () => {
    const el = root('<p>holds <strong>$1.13</strong> trillion of debt</p>');
    const block = blockOf(el);
    const [m] = placeMarks(document, [block], [specFor(block, '$1.13 trillion', 'x')]);
    expect(m.pieces.map((p) => p.textContent)).toEqual(['$1.13', ' trillion']);
    expect(m.pieces.every((p) => p.getAttribute(MARK_ID) === 'x')).toBe(true);
    // Only the first piece takes focus and speaks; the others stay out of the tab order.
    expect(m.pieces[0].getAttribute('tabindex')).toBe('0');
    expect(m.pieces[1].hasAttribute('tabindex')).toBe(false);
    expect(el.querySelector('strong')!.firstElementChild!.tagName.toLowerCase()).toBe(MARK_TAG);
    expect(el.textContent).toBe('holds $1.13 trillion of debt');
  });

  it('marks several claims in one text node', () => {
    const el = root('<p>A 24% tariff and a 25% duty on autos, up from 2.5%.</p>');
    const block = blockOf(el);
    const specs = ['24%', '25%', '2.5%'].map((n, i) => specFor(block, n, `c${i}`));
    const placed = placeMarks(document, [block], specs);
    expect(placed.map((p) => p.pieces[0].textContent).sort()).toEqual(['2.5%', '24%', '25%']);
    expect(el.textContent).toBe('A 24% tariff and a 25% duty on autos, up from 2.5%.');
  });

  it('never marks the same claim twice', () => {
    const el = root('<p>The Nikkei 225 rose 0.8% this week.</p>');
    const block = blockOf(el);
    placeMarks(document, [block], [specFor(block, '0.8%', 'n')]);
    const again = blockOf(el);
    const second = placeMarks(document, [again], [specFor(again, '0.8%', 'n2')]);
    expect(second).toHaveLength(0);
    expect(el.querySelectorAll(MARK_TAG)).toHaveLength(1);
  });

  it('skips overlapping claims', () => {
    const el = root('<p>rates of 4.25%-4.50% held</p>');
    const block = blockOf(el);
    const placed = placeMarks(document, [block], [specFor(block, '4.25%-4.50%', 'r'), specFor(block, '4.50%', 'q')]);
    expect(placed).toHaveLength(1);
    expect(el.querySelectorAll(MARK_TAG)).toHaveLength(1);
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
    expect(placeMarks(document, [block], [specFor(block, '0.8%', 'e')])).toHaveLength(0);
    expect(el.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(el.innerHTML).toBe(html);
  });

  it('does not wrap whitespace-only runs inside tables', () => {
    const el = root('<table><tbody><tr><td>Rate</td> <td>4.5%</td></tr></tbody></table>');
    const block = blockOf(el);
    const start = block.text.indexOf('Rate');
    const placed = placeMarks(document, [block], [
      { block: 0, start, end: block.text.length, id: 't', verdict: 'close', label: 'x' },
    ]);
    expect(placed).toHaveLength(1);
    const tr = el.querySelector('tr')!;
    for (const child of tr.childNodes) expect(child.nodeName.toLowerCase()).not.toBe(MARK_TAG);
    expect(placed[0].pieces.map((p) => p.textContent)).toEqual(['Rate', '4.5%']);
  });

  it('skips a claim whose text changed since the block was read', () => {
    const el = root('<p>up 0.8% today</p>');
    const block = blockOf(el);
    const spec = specFor(block, '0.8%', 's');
    el.querySelector('p')!.firstChild!.textContent = 'up 1.9% today';
    expect(placeMarks(document, [block], [spec])).toHaveLength(0);
  });

  it('treats editable and our own UI as unmarkable', () => {
    const el = root('<p>plain</p><div contenteditable="true">edit</div>');
    expect(isMarkable(el.querySelector('p')!.firstChild!)).toBe(true);
    expect(isMarkable(el.querySelector('div')!.firstChild!)).toBe(false);
  });
});

describe('unwrapping', () => {
  it('restores the original DOM, leaving the page’s own text-node splits alone', () => {
    const el = root('<p>x</p>');
    const p = el.querySelector('p')!;
    p.textContent = '';
    // The page built this paragraph from two text nodes; unwrapping must not merge them.
    p.append(document.createTextNode('Yields hit '), document.createTextNode('4.5% and $1.2 trillion, then <b>'));
    p.append(document.createElement('b'));
    p.lastChild!.appendChild(document.createTextNode('3.1%'));
    const html = el.innerHTML;
    const shape = [...p.childNodes].map((n) => n.nodeName);
    const block = blockOf(el);
    const placed = placeMarks(document, [block], [
      specFor(block, '4.5%', 'a'),
      specFor(block, '$1.2 trillion', 'b'),
      specFor(block, '3.1%', 'c'),
    ]);
    expect(placed).toHaveLength(3);
    expect(el.innerHTML).not.toBe(html);
    expect(removeAllMarks(el)).toBe(3);
    expect(el.innerHTML).toBe(html);
    expect([...p.childNodes].map((n) => n.nodeName)).toEqual(shape);
  });

  it('removes one claim’s pieces and keeps the others', () => {
    const el = root('<p>from <i>$1.13</i> trillion to 12%</p>');
    const block = blockOf(el);
    placeMarks(document, [block], [specFor(block, '$1.13 trillion', 'a'), specFor(block, '12%', 'b')]);
    const groups = findMarks(el);
    expect([...groups.keys()].sort()).toEqual(['a', 'b']);
    unwrapMarks(groups.get('a')!);
    expect([...findMarks(el).keys()]).toEqual(['b']);
    expect(el.textContent).toBe('from $1.13 trillion to 12%');
    removeAllMarks(el);
    expect(el.innerHTML).toBe('<p>from <i>$1.13</i> trillion to 12%</p>');
  });

  it('marking then unmarking any ranges restores the DOM exactly (property)', () => {
    const parts = fc.array(
      fc.record({
        text: fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[<>&]/g, 'x')),
        tag: fc.constantFrom('', 'b', 'a', 'span'),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(parts, fc.array(fc.tuple(fc.nat(80), fc.nat(10)), { maxLength: 6 }), (ps, ranges) => {
        const html = ps.map((p) => (p.tag ? `<${p.tag}>${p.text}</${p.tag}>` : p.text)).join('');
        const el = root(`<p>${html}</p>`);
        const before = el.innerHTML;
        const text = el.textContent;
        const block = blockOf(el);
        const specs = ranges.map(([s, len], i) => {
          const start = Math.min(s, block.text.length);
          return { block: 0, start, end: Math.min(start + len + 1, block.text.length), id: `p${i}`, verdict: 'close', label: 'l' };
        });
        placeMarks(document, [block], specs);
        expect(el.textContent).toBe(text);
        removeAllMarks(el);
        expect(el.innerHTML).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});
