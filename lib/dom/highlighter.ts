/**
 * Turns the engine's block offsets into ranges over the page's own text nodes. Nothing here edits
 * the page: a mark is a (start node, offset) to (end node, offset) pair that the content script
 * paints with the CSS Custom Highlight API and measures for its overlay. The page's text nodes stay
 * whole, so a page that keeps a reference to one and rewrites its `data` (a ticker, a virtual DOM)
 * writes into the node it owns and sees exactly the DOM it built.
 */

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
}

/** One claim's place in the page: a range that may span several text nodes (a number split by <b>). */
export interface MarkRange {
  id: string;
  verdict: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every text node the range covers, in order: a change to any of them means the claim is re-read. */
  nodes: Text[];
  /** The text the range covered when it was made; compared with rangeText() to see an in-place edit. */
  text: string;
}

/** Where nothing is ever marked: editable text, code, forms, scripts and our own UI. */
const SKIP_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'form',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'title',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[data-claimlens-ui]',
].join(',');

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
    // The page may have changed since the block was read: only mark text that still says the same.
    // Source line breaks were read as spaces (collect.ts screenText).
    if (
      node.data.slice(s, e).replace(/[\r\n]/g, ' ') !== block.text.slice(start + s, start + e).replace(/[\r\n]/g, ' ')
    )
      return null;
    if (!markable(node)) return null;
    pieces.push({ node, s, e });
  }
  return pieces.length ? pieces : null;
}

/**
 * The ranges for each spec, skipping specs that overlap a later one in the same block, are empty,
 * or fall where nothing may be marked. Reads the DOM only.
 */
export function markRanges(blocks: readonly BlockLike[], specs: readonly MarkSpec[]): MarkRange[] {
  const ordered = [...specs].sort((a, b) => b.block - a.block || b.start - a.start);
  const out: MarkRange[] = [];
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
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    out.push({
      id: spec.id,
      verdict: spec.verdict,
      startNode: first.node,
      startOffset: first.s,
      endNode: last.node,
      endOffset: last.e,
      nodes: pieces.map((p) => p.node),
      text: pieces.map((p) => p.node.data.slice(p.s, p.e)).join(''),
    });
  }
  return out;
}

/**
 * What the range covers now, or null when a covered node left the page or became too short: the
 * page rewrote the text under the mark.
 */
export function rangeText(m: MarkRange): string | null {
  let text = '';
  for (let i = 0; i < m.nodes.length; i++) {
    const n = m.nodes[i]!;
    if (!n.isConnected) return null;
    const s = i === 0 ? m.startOffset : 0;
    const e = i === m.nodes.length - 1 ? m.endOffset : n.data.length;
    if (e > n.data.length || s > e) return null;
    text += n.data.slice(s, e);
  }
  return text;
}

/** Whether the page changed the text under a mark since it was made. */
export function isStale(m: MarkRange): boolean {
  return rangeText(m) !== m.text;
}
