/**
 * Where a card may sit: never over the claim it explains nor over the focused mark (WCAG 2.4.11).
 * floating-ui places the card beside one reference box; a claim wrapping lines, or a shifted card,
 * can still land on part of the claim. This rule takes floating-ui's proposal and, when it overlaps
 * any of the marks' own rects, moves the card below, above, right or left of them, and where none
 * of those has room for the whole card, gives it the taller of below/above with a height cap.
 *
 * placeClearOfMarks({ proposed: { x: 100, y: 110 }, card: { width: 300, height: 200 },
 *   marks: [{ left: 90, top: 100, right: 160, bottom: 120 }], viewport: { width: 1280, height: 800 } })
 *   → { x: 100, y: 126, maxHeight: null }
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Size {
  width: number;
  height: number;
}

export interface ClearInput {
  /** floating-ui's top-left for the card (viewport coordinates, strategy 'fixed'). */
  proposed: { x: number; y: number };
  card: Size;
  /** Every client rect of the claim's marks, and the focused mark's. */
  marks: readonly Box[];
  viewport: Size;
}

export interface ClearPlacement {
  x: number;
  y: number;
  /** A height cap when no side has room for the whole card; null when it fits. */
  maxHeight: number | null;
}

/** Space between the card and the marks: clears a 2 px focus outline with its offset. */
const MARK_GAP = 6;
/** Space kept between the card and the viewport's edges. */
const VIEWPORT_PADDING = 8;
/** A card is never capped below this: below it, it would not show its first lines. */
const MIN_CARD_HEIGHT = 120;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function grow(b: Box, by: number): Box {
  return { left: b.left - by, top: b.top - by, right: b.right + by, bottom: b.bottom + by };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}

function fitsViewport(b: Box, vp: Size): boolean {
  return b.left >= 0 && b.top >= 0 && b.right <= vp.width && b.bottom <= vp.height;
}

export function placeClearOfMarks({ proposed, card, marks, viewport }: ClearInput): ClearPlacement {
  const visible = marks.filter((m) => m.right > m.left || m.bottom > m.top);
  const guarded = visible.map((m) => grow(m, MARK_GAP - 1));
  const boxAt = (x: number, y: number, h = card.height): Box => ({
    left: x,
    top: y,
    right: x + card.width,
    bottom: y + h,
  });
  const clear = (b: Box) => !guarded.some((m) => intersects(b, m));
  const pad = VIEWPORT_PADDING;
  if (clear(boxAt(proposed.x, proposed.y)) && fitsViewport(boxAt(proposed.x, proposed.y), viewport)) {
    return { x: proposed.x, y: proposed.y, maxHeight: null };
  }
  if (!visible.length) return { x: proposed.x, y: proposed.y, maxHeight: null };

  const top = Math.min(...visible.map((m) => m.top));
  const bottom = Math.max(...visible.map((m) => m.bottom));
  const left = Math.min(...visible.map((m) => m.left));
  const right = Math.max(...visible.map((m) => m.right));
  const x = clamp(proposed.x, pad, viewport.width - pad - card.width);
  const y = clamp(proposed.y, pad, viewport.height - pad - card.height);
  const candidates: [number, number][] = [
    [x, bottom + MARK_GAP], // below the claim's last line
    [x, top - MARK_GAP - card.height], // above its first line
    [right + MARK_GAP, y], // to its right
    [left - MARK_GAP - card.width, y], // to its left
  ];
  for (const [cx, cy] of candidates) {
    const b = boxAt(cx, cy);
    if (clear(b) && fitsViewport(b, viewport)) return { x: cx, y: cy, maxHeight: null };
  }
  // No side holds the whole card: the taller of below and above, with the card scrolling inside.
  const below = viewport.height - pad - (bottom + MARK_GAP);
  const above = top - MARK_GAP - pad;
  if (below >= above) {
    return { x, y: bottom + MARK_GAP, maxHeight: Math.max(MIN_CARD_HEIGHT, Math.floor(below)) };
  }
  const h = Math.max(MIN_CARD_HEIGHT, Math.floor(above));
  return { x, y: top - MARK_GAP - h, maxHeight: h };
}
