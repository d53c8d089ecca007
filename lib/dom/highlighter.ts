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
function resolve(block: BlockLike, spec: MarkSpec, markable: (node: Text) => boolean): Piece[] | null {
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
    if (!markable(node)) return null;
    // Whitespace directly inside a table or list is layout: wrapping it would make invalid markup.
    const parent = node.parentNode as Element | null;
    if (!parent) return null;
    if (!node.data.slice(s, e).trim() && STRUCTURAL_PARENTS.has(parent.tagName)) continue;
    pieces.push({ node, s, e });
  }
  return pieces.length ? pieces : null;
}

/**
 * Wraps one piece in a mark that already carries its attributes, so inserting it is the only change
 * the page's style engine sees (attributes set on a connected element each invalidate style).
 */
function wrapPiece(mark: HTMLElement, { node, s, e }: Piece): void {
  const parent = node.parentNode!;
  let target = node;
  if (e < node.data.length) splitOff.add(target.splitText(e));
  if (s > 0) {
    target = target.splitText(s);
    splitOff.add(target);
  }
  parent.replaceChild(mark, target);
  mark.appendChild(target);
}

/**
 * Wraps each spec's text. Specs that overlap one already placed, touch an existing mark, or fall in
 * places that must not be marked are skipped. Specs are applied from the end of the page
 * backwards, so splitting a text node never moves the offsets of text not yet wrapped.
 */
export function placeMarks(doc: Document, blocks: readonly BlockLike[], specs: readonly MarkSpec[]): PlacedMark[] {
  // Last block first, and inside a block last claim first: a long text node read into several
  // blocks is split from its end, so the node each earlier block holds keeps its text.
  const ordered = [...specs].sort((a, b) => b.block - a.block || b.start - a.start);
  const placed: PlacedMark[] = [];
  // Whether text under a given element may be marked: asked once per element per call.
  const byParent = new Map<Element, boolean>();
  const markable = (node: Text) => {
    const el = node.parentElement;
    if (!el) return false;
    let ok = byParent.get(el);
    if (ok === undefined) byParent.set(el, (ok = isMarkable(node)));
    return ok && node.isConnected;
  };
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
    const pieces = resolve(block, spec, markable);
    if (!pieces) continue;
    floor = spec.start;
    const marks = pieces.map((_, i) => {
      const m = doc.createElement(MARK_TAG);
      m.setAttribute(MARK_ID, spec.id);
      m.setAttribute(MARK_VERDICT, spec.verdict);
      if (i === 0) {
        m.setAttribute('tabindex', '0');
        m.setAttribute('role', 'button');
        m.setAttribute('aria-label', spec.label);
        m.setAttribute('aria-expanded', 'false');
      }
      if (i === pieces.length - 1) m.setAttribute(MARK_END, '');
      return m;
    });
    // Pieces are wrapped last to first: each split leaves the earlier nodes' text where it was.
    for (let i = pieces.length - 1; i >= 0; i--) wrapPiece(marks[i], pieces[i]);
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
