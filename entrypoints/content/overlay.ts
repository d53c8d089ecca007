import type { ContentScriptContext } from '#imports';
import { firstLineBox, RectIndex, type Box } from '../../lib/dom/hit';
import type { MarkRange } from '../../lib/dom/highlighter';
import type { MarkStyle } from '../../lib/settings';
import { ACTIVE, FALLBACK_COLOUR, VERDICT_COLOURS, markCss } from './markStyle';

/**
 * Marks without touching the page's text. Each claim is painted with the CSS Custom Highlight API
 * over a range of the page's own text nodes, and gets a focusable target (a button with the claim's
 * name) in an overlay the extension owns: a host element after <body>, under a closed shadow root,
 * whose targets sit over the claim's first line and never take the pointer. Hover is found by
 * hit-testing the claims' rectangles on passive pointer moves, so nothing covers the page's text,
 * links keep their clicks, selection and copy are the page's own, and a mark inside a link is not a
 * focusable element nested in the link.
 */

export interface OverlayDeps {
  /** The pointer came onto a mark (id) or left every mark (null). Trusted moves only. */
  onHover: (id: string | null) => void;
  onFocus: (id: string) => void;
  /** Focus left a mark's target for `to` (retargeted to a shadow host where it went into one). */
  onBlur: (id: string, to: EventTarget | null) => void;
  /** Enter or Space on a focused target. */
  onActivate: (id: string) => void;
  /** The pointer is over the card: moves there change nothing about hover. */
  isCard: (target: EventTarget | null) => boolean;
}

export interface OverlayMark {
  range: MarkRange;
  /** The target's accessible name. */
  label: string;
}

export interface Overlay {
  /** Puts the host and the page-side style in place (at start: later, the page's observers see nothing of ours). */
  attach(): void;
  add(marks: readonly OverlayMark[]): void;
  remove(id: string): void;
  clear(): void;
  /** The claim's focusable target, for focus and aria-expanded. */
  target(id: string): HTMLElement | null;
  /** The claim's boxes on screen, in client coordinates, measured now. */
  clientRects(id: string): DOMRect[];
  setActive(id: string | null): void;
  setStyle(style: MarkStyle): void;
  /** Re-measures every mark on the next frame (layout may have moved). */
  schedule(): void;
  /** Watches an element whose size change moves marks (a marked block). */
  watch(el: Element): void;
  host(): HTMLElement | null;
  destroy(): void;
}

interface Placed {
  range: MarkRange;
  el: HTMLElement;
  dot: HTMLElement | null;
  paint: AbstractRange;
  /** Its rectangles relative to the overlay's origin (so the document's own scroll leaves them valid). */
  boxes: Box[];
}

/** Time one frame may spend measuring marks; a page with thousands is measured over several frames. */
const MEASURE_MS = 6;

declare const Highlight: { new (...ranges: AbstractRange[]): HighlightLike } | undefined;
interface HighlightLike {
  add(r: AbstractRange): void;
  delete(r: AbstractRange): boolean;
  clear(): void;
  priority: number;
}
interface HighlightRegistryLike {
  set(name: string, h: HighlightLike): void;
  delete(name: string): boolean;
}

/** The Custom Highlight API, where the browser has it (Chromium 105+, Firefox 140+). */
function highlightRegistry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
}

const OVERLAY_CSS = `
.t{position:absolute;top:0;left:0;box-sizing:border-box;pointer-events:none;border-radius:2px;outline:none;
  background:transparent;margin:0;padding:0;border:0}
.t:focus-visible{outline:2px solid var(--c);outline-offset:1px}
.t[hidden]{display:none}
.t.paint{border-bottom:2px dotted var(--c)}
.d{position:absolute;top:0;left:0;width:6px;height:6px;border-radius:50%;background:var(--c);pointer-events:none}
.d[hidden]{display:none}`;

function nonce(): string {
  const a = new Uint8Array(4);
  crypto.getRandomValues(a);
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createOverlay(ctx: ContentScriptContext, deps: OverlayDeps): Overlay {
  const registry = highlightRegistry();
  const prefix = `claimlens-${nonce()}-`;
  const nameOf = (verdict: string) => `${prefix}${verdict}`;
  const highlights = new Map<string, HighlightLike>();
  const marks = new Map<string, Placed>();
  /** Marks in document order: their targets are kept in this order so Tab visits claims as they read. */
  const order: Placed[] = [];
  const index = new RectIndex<string>();
  let style: MarkStyle = 'underline';
  let styleEl: HTMLStyleElement | null = null;
  let hostEl: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let frame = 0;
  /** Marks waiting to be measured, oldest first; a layout change queues them all. */
  let queue: Placed[] = [];
  const queued = new Set<Placed>();
  let hovered: string | null = null;
  let active: { id: string; paint: AbstractRange } | null = null;
  const dark = matchMedia('(prefers-color-scheme: dark)');

  const highlightFor = (name: string): HighlightLike | null => {
    if (!registry || typeof Highlight !== 'function') return null;
    let h = highlights.get(name);
    if (!h) {
      h = new Highlight();
      // The hover tint is drawn above the verdict's paint.
      if (name === ACTIVE) h.priority = 1;
      highlights.set(name, h);
      registry.set(nameOf(name), h);
    }
    return h;
  };

  const applyCss = () => {
    if (!registry) return;
    if (!styleEl) {
      styleEl = document.createElement('style');
      // Set once: even the same value written again is a mutation record on the page's <head>.
      styleEl.setAttribute('data-claimlens-ui', '');
    }
    const css = markCss(style, nameOf);
    // Only a real change touches the page's <head>: a page counting its mutations sees none from us.
    if (styleEl.textContent !== css) styleEl.textContent = css;
    // In <head>, or <html> when a page has none: never inside <body>, whose text is the page's.
    if (!styleEl.isConnected) (document.head ?? document.documentElement).append(styleEl);
  };

  const ensureHost = (): ShadowRoot => {
    if (root && hostEl?.isConnected) return root;
    if (!hostEl) {
      hostEl = document.createElement('claimlens-overlay');
      hostEl.setAttribute('data-claimlens-ui', '');
      // Our own element: pinned so page CSS aimed at unknown elements cannot move or hide it.
      hostEl.style.cssText =
        'all:initial!important;position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483646!important;pointer-events:none!important;display:block!important;contain:layout style!important';
      root = hostEl.attachShadow({ mode: 'closed' });
      const css = document.createElement('style');
      css.textContent = OVERLAY_CSS;
      root.append(css);
      listen(root);
    }
    // After <body>, outside every root a page framework renders or hydrates into.
    document.documentElement.append(hostEl);
    return root!;
  };

  const colourOf = (verdict: string) => {
    const c = VERDICT_COLOURS[verdict] ?? FALLBACK_COLOUR;
    return dark.matches ? c.dark : c.light;
  };

  const staticRange = (m: MarkRange): AbstractRange => {
    const init = {
      startContainer: m.startNode,
      startOffset: m.startOffset,
      endContainer: m.endNode,
      endOffset: m.endOffset,
    };
    // A StaticRange is not live: thousands of them cost the page's own DOM edits nothing.
    if (typeof StaticRange === 'function') return new StaticRange(init);
    const r = document.createRange();
    r.setStart(m.startNode, m.startOffset);
    r.setEnd(m.endNode, m.endOffset);
    return r;
  };

  const measureRange = document.createRange();
  const rectsOf = (m: MarkRange): DOMRect[] => {
    try {
      measureRange.setStart(m.startNode, m.startOffset);
      measureRange.setEnd(m.endNode, m.endOffset);
      return [...measureRange.getClientRects()];
    } catch {
      return []; // the page shortened the node since: the annotator drops the mark on the change
    }
  };

  function layout() {
    frame = 0;
    if (!hostEl?.isConnected) return;
    const origin = hostEl.getBoundingClientRect();
    const started = performance.now();
    const done: [Placed, Box | null, Box | null][] = [];
    // Reads first, then writes: one layout per frame, however many marks.
    let i = 0;
    for (; i < queue.length; i++) {
      // Checked after every mark: one range in a text node of a million characters can take milliseconds.
      if (i > 0 && performance.now() - started > MEASURE_MS) break;
      const p = queue[i]!;
      queued.delete(p);
      if (!marks.has(p.range.id)) continue;
      p.boxes = rectsOf(p.range).map((r) => ({
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
      }));
      const real = p.boxes.filter((b) => b.right > b.left && b.bottom > b.top);
      done.push([p, firstLineBox(p.boxes), real[real.length - 1] ?? null]);
    }
    queue = queue.slice(i);
    for (const [p, box, last] of done) {
      p.el.hidden = !box;
      if (box) {
        p.el.style.transform = `translate(${box.left}px,${box.top}px)`;
        p.el.style.width = `${box.right - box.left}px`;
        p.el.style.height = `${box.bottom - box.top}px`;
      }
      if (p.dot) {
        p.dot.hidden = !last;
        if (last) p.dot.style.transform = `translate(${last.right - 2}px,${last.top - 3}px)`;
      }
    }
    index.clear();
    for (const [id, p] of marks) index.add(id, p.boxes);
    if (queue.length) frame = requestAnimationFrame(layout);
  }

  const request = () => {
    if (!frame && queue.length) frame = requestAnimationFrame(layout);
  };

  /** Queues marks for measuring (all of them when layout may have moved). */
  const enqueue = (ps: Iterable<Placed>) => {
    for (const p of ps) {
      if (queued.has(p)) continue;
      queued.add(p);
      queue.push(p);
    }
    request();
  };

  /**
   * Re-measures every mark (layout may have moved): those last seen near the viewport first, so hover
   * and focus there are right within a frame even on a page with thousands of claims.
   */
  const schedule = () => {
    if (!marks.size || !hostEl) return;
    const origin = hostEl.getBoundingClientRect();
    const top = -origin.top - innerHeight;
    const bottom = -origin.top + 2 * innerHeight;
    const near: Placed[] = [];
    const far: Placed[] = [];
    for (const p of marks.values()) {
      const b = p.boxes[0];
      (!b || (b.bottom > top && b.top < bottom) ? near : far).push(p);
    }
    queue = [];
    queued.clear();
    enqueue(near);
    enqueue(far);
  };

  const resizes = new ResizeObserver(schedule);
  const watched = new WeakSet<Element>();
  const watch = (el: Element) => {
    if (watched.has(el)) return;
    watched.add(el);
    resizes.observe(el);
  };

  const idOf = (t: EventTarget | null) => (t instanceof HTMLElement ? (t.dataset.id ?? null) : null);

  function listen(r: ShadowRoot) {
    r.addEventListener('focusin', (e) => {
      const id = idOf(e.target);
      if (id && e.isTrusted) deps.onFocus(id);
    });
    r.addEventListener('focusout', (e) => {
      const id = idOf(e.target);
      if (id) deps.onBlur(id, (e as FocusEvent).relatedTarget);
    });
    r.addEventListener('keydown', (e) => {
      const ke = e as KeyboardEvent;
      const id = idOf(ke.target);
      if (!id || !ke.isTrusted || (ke.key !== 'Enter' && ke.key !== ' ')) return;
      // The target acts as a button: Enter or Space opens the card and moves focus into it.
      ke.preventDefault();
      deps.onActivate(id);
    });
  }

  const setHover = (id: string | null) => {
    if (id === hovered) return;
    hovered = id;
    deps.onHover(id);
  };

  ctx.addEventListener(
    window,
    'pointermove',
    (e) => {
      if (!e.isTrusted || !marks.size || !hostEl) return;
      if (deps.isCard(e.target)) return;
      const origin = hostEl.getBoundingClientRect();
      setHover(index.at(e.clientX - origin.left, e.clientY - origin.top));
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(document, 'pointerleave', (e) => {
    if (e.isTrusted) setHover(null);
  });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  ctx.addEventListener(
    document,
    'scroll',
    (e) => {
      // The document's own scroll moves the overlay with the text; an inner scroller does not.
      if (e.target !== document) schedule();
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(dark, 'change', () => {
    for (const p of marks.values()) p.el.style.setProperty('--c', colourOf(p.range.verdict));
  });
  document.fonts?.addEventListener?.('loadingdone', schedule);

  /** Whether mark a starts before mark b in the page. */
  const before = (a: MarkRange, b: MarkRange): boolean => {
    if (a.startNode === b.startNode) return a.startOffset < b.startOffset;
    return !!(a.startNode.compareDocumentPosition(b.startNode) & Node.DOCUMENT_POSITION_FOLLOWING);
  };

  /** Puts a new target among the others in document order (binary search: batches arrive bottom first). */
  const insertInOrder = (r: ShadowRoot, p: Placed) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(order[mid]!.range, p.range)) lo = mid + 1;
      else hi = mid;
    }
    const next = order[lo];
    order.splice(lo, 0, p);
    const nodes = p.dot ? [p.el, p.dot] : [p.el];
    if (next) next.el.before(...nodes);
    else r.append(...nodes);
  };

  const removePlaced = (id: string, p: Placed) => {
    const at = order.indexOf(p);
    if (at >= 0) order.splice(at, 1);
    highlights.get(p.range.verdict)?.delete(p.paint);
    p.el.remove();
    p.dot?.remove();
    marks.delete(id);
    if (active?.id === id) setActive(null);
    if (hovered === id) hovered = null;
  };

  function setActive(id: string | null) {
    const h = active ? highlights.get(ACTIVE) : null;
    if (active && h) h.delete(active.paint);
    active = null;
    const p = id ? marks.get(id) : null;
    if (!p || !id) return;
    active = { id, paint: p.paint };
    highlightFor(ACTIVE)?.add(p.paint);
  }

  return {
    attach() {
      ensureHost();
      applyCss();
    },
    add(list) {
      if (!list.length) return;
      const r = ensureHost();
      applyCss();
      const added: Placed[] = [];
      for (const { range, label } of list) {
        const old = marks.get(range.id);
        if (old) removePlaced(range.id, old);
        const el = document.createElement('div');
        el.className = registry ? 't' : 't paint';
        el.dataset.id = range.id;
        el.dataset.verdict = range.verdict;
        el.tabIndex = 0;
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', label);
        el.setAttribute('aria-expanded', 'false');
        el.style.setProperty('--c', colourOf(range.verdict));
        el.hidden = true;
        let dot: HTMLElement | null = null;
        if (style === 'badge') {
          dot = document.createElement('div');
          dot.className = 'd';
          dot.hidden = true;
          dot.style.setProperty('--c', colourOf(range.verdict));
        }
        const paint = staticRange(range);
        highlightFor(range.verdict)?.add(paint);
        const p: Placed = { range, el, dot, paint, boxes: [] };
        marks.set(range.id, p);
        insertInOrder(r, p);
        added.push(p);
      }
      // Only the new marks: the overlay takes no room, so adding one moves no other.
      enqueue(added);
    },
    remove(id) {
      const p = marks.get(id);
      if (!p) return;
      removePlaced(id, p);
      index.clear();
      for (const [k, q] of marks) index.add(k, q.boxes);
    },
    clear() {
      for (const [id, p] of [...marks]) removePlaced(id, p);
      order.length = 0;
      for (const h of highlights.values()) h.clear();
      index.clear();
      queue = [];
      queued.clear();
      hovered = null;
    },
    target: (id) => marks.get(id)?.el ?? null,
    clientRects(id) {
      const p = marks.get(id);
      return p ? rectsOf(p.range) : [];
    },
    setActive,
    setStyle(next) {
      const changed = next !== style;
      style = next;
      if (!changed) return;
      applyCss();
      for (const p of marks.values()) {
        if (style === 'badge' && !p.dot) {
          p.dot = document.createElement('div');
          p.dot.className = 'd';
          p.dot.style.setProperty('--c', colourOf(p.range.verdict));
          p.el.after(p.dot);
        } else if (style !== 'badge' && p.dot) {
          p.dot.remove();
          p.dot = null;
        }
      }
      schedule();
    },
    schedule,
    watch,
    host: () => hostEl,
    destroy() {
      this.clear();
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      resizes.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', schedule);
      for (const name of highlights.keys()) registry?.delete(nameOf(name));
      highlights.clear();
      hostEl?.remove();
      styleEl?.remove();
    },
  };
}
