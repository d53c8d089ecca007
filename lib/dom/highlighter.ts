/**
 * Wraps claim text in <claimlens-mark> elements and takes them out again, leaving the page's text,
 * links and layout as they were. Ranges are resolved to (text node, offset) pairs at the moment of
 * each edit and never kept: live Range objects slow every later DOM edit.
 */

export const MARK_TAG = 'claimlens-mark';
/** Attribute naming the claim a piece belongs to; a claim split across elements has several pieces. */
export const MARK_ID = 'data-claimlens-id';
export const MARK_VERDICT = 'data-claimlens-verdict';
/** Set on a claim's last piece, where the badge style draws its dot. */
export const MARK_END = 'data-claimlens-end';

/** The part of a collected text block the highlighter needs (lib/dom/collect.ts TextBlock). */
export interface BlockLike {
  text: string;
  nodes: { node: Text; start: number }[];
}

export interface MarkSpec {
  block: number;
  start: number;
  end: number;
  id: string;
  verdict: string;
  /** Read by screen readers on the focusable piece: the claim's text and what was found. */
  label: string;
}

export interface PlacedMark {
  id: string;
  pieces: HTMLElement[];
}

/** Where nothing is ever marked: editable text, code, forms, scripts and our own UI. */
const SKIP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'form',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'title',
  '[contenteditable]:not([contenteditable="false"])', '[role="textbox"]', '[data-claimlens-ui]',
  'claimlens-card', MARK_TAG,
].join(',');

/** Parents in which a whitespace-only text node is layout, not text: wrapping it would be invalid. */
const STRUCTURAL_PARENTS = new Set([
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'SELECT', 'DATALIST', 'MENU',
]);

/** Text nodes this module split off, so unwrapping re-joins exactly those and nothing the page split. */
const splitOff = new WeakSet<Text>();

export function isInsideMark(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(MARK_TAG);
}

/** Whether a text node may be marked at all. */
export function isMarkable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || !node.isConnected) return false;
  if (el.ownerDocument.designMode === 'on') return false;
  if ((el as HTMLElement).isContentEditable) return false;
  return !el.closest(SKIP_SELECTOR);
}

interface Piece {
  node: Text;
  s: number;
  e: number;
}

/** Resolves a spec to the text nodes and local offsets it covers, or null if it must not be marked. */
function resolve(block: BlockLike, spec: MarkSpec): Piece[] | null {
  const pieces: Piece[] = [];
  for (const { node, start } of block.nodes) {
    const len = node.data.length;
    if (start >= spec.end) break;
    if (start + len <= spec.start) continue;
    const s = Math.max(spec.start - start, 0);
    const e = Math.min(spec.end - start, len);
    if (s >= e) continue;
    // The page may have changed since the block was read: only edit text that still says the same.
    if (node.data.slice(s, e) !== block.text.slice(start + s, start + e)) return null;
    if (!isMarkable(node)) return null;
    pieces.push({ node, s, e });
  }
  return pieces.length ? pieces : null;
}

function wrapPiece(doc: Document, { node, s, e }: Piece): HTMLElement | null {
  const text = node.data.slice(s, e);
  const parent = node.parentNode;
  if (!parent) return null;
  if (!text.trim() && STRUCTURAL_PARENTS.has((parent as Element).tagName)) return null;
  let target = node;
  if (e < node.data.length) splitOff.add(target.splitText(e));
  if (s > 0) {
    target = target.splitText(s);
    splitOff.add(target);
  }
  const mark = doc.createElement(MARK_TAG);
  parent.insertBefore(mark, target);
  mark.appendChild(target);
  return mark;
}

/**
 * Wraps each spec's text. Specs that overlap one already placed, touch an existing mark, or fall in
 * places that must not be marked are skipped. Specs are applied from the end of each block
 * backwards, so splitting a text node never moves the offsets of text not yet wrapped.
 */
export function placeMarks(doc: Document, blocks: readonly BlockLike[], specs: readonly MarkSpec[]): PlacedMark[] {
  const ordered = [...specs].sort((a, b) => a.block - b.block || b.start - a.start);
  const placed: PlacedMark[] = [];
  let lastBlock = -1;
  let floor = Infinity;
  for (const spec of ordered) {
    if (spec.block !== lastBlock) {
      lastBlock = spec.block;
      floor = Infinity;
    }
    if (spec.end > floor || spec.end <= spec.start) continue; // overlaps a later claim
    const block = blocks[spec.block];
    if (!block) continue;
    const pieces = resolve(block, spec);
    if (!pieces) continue;
    // Pieces are wrapped last to first: each split leaves the earlier nodes' text where it was.
    const marks: HTMLElement[] = [];
    for (let i = pieces.length - 1; i >= 0; i--) {
      const m = wrapPiece(doc, pieces[i]);
      if (m) marks.unshift(m);
    }
    if (!marks.length) continue;
    floor = spec.start;
    marks.forEach((m, i) => {
      m.setAttribute(MARK_ID, spec.id);
      m.setAttribute(MARK_VERDICT, spec.verdict);
      if (i === 0) {
        m.setAttribute('tabindex', '0');
        m.setAttribute('role', 'button');
        m.setAttribute('aria-label', spec.label);
        m.setAttribute('aria-expanded', 'false');
      }
      if (i === marks.length - 1) m.setAttribute(MARK_END, '');
    });
    placed.push({ id: spec.id, pieces: marks });
  }
  return placed;
}

/** Joins text nodes this module split back into the node they came from. */
function heal(node: Text): void {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && splitOff.has(next as Text)) {
    node.appendData((next as Text).data);
    splitOff.delete(next as Text);
    const after = next.nextSibling;
    next.remove();
    next = after;
  }
  const prev = node.previousSibling;
  if (splitOff.has(node) && prev && prev.nodeType === 3) {
    (prev as Text).appendData(node.data);
    splitOff.delete(node);
    node.remove();
  }
}

/** Takes the given mark pieces out, moving their text back where it was. */
export function unwrapMarks(pieces: Iterable<Element>): void {
  for (const mark of pieces) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const moved: Node[] = [];
    while (mark.firstChild) {
      moved.push(mark.firstChild);
      parent.insertBefore(mark.firstChild, mark);
    }
    parent.removeChild(mark);
    for (const n of moved) if (n.nodeType === 3 && n.parentNode) heal(n as Text);
  }
}

/** Every mark piece under root, grouped by claim id in document order. */
export function findMarks(root: ParentNode): Map<string, HTMLElement[]> {
  const groups = new Map<string, HTMLElement[]>();
  for (const el of root.querySelectorAll<HTMLElement>(MARK_TAG)) {
    const id = el.getAttribute(MARK_ID) ?? '';
    const g = groups.get(id);
    if (g) g.push(el);
    else groups.set(id, [el]);
  }
  return groups;
}

/** Removes every mark under root, restoring the DOM as it was before marking. */
export function removeAllMarks(root: ParentNode): number {
  const all = [...root.querySelectorAll<HTMLElement>(MARK_TAG)];
  unwrapMarks(all);
  return all.length;
}
