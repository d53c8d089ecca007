/**
 * Which mark is under the pointer, answered from the marks' rectangles: the content script listens
 * to pointer moves passively and never puts an element over the page's text to catch them.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Height of the horizontal bands rectangles are filed under: a lookup reads one band, not every mark. */
const BAND_PX = 64;
/** Slack around a rectangle, in px, so a pointer on the underline just below the glyphs still counts. */
const HIT_SLOP_PX = 2;

export class RectIndex<K> {
  private readonly bands = new Map<number, { key: K; box: Box }[]>();
  private size = 0;

  /** Files every box of one mark under the bands it crosses. */
  add(key: K, boxes: readonly Box[]): void {
    for (const box of boxes) {
      if (!(box.right > box.left) || !(box.bottom > box.top)) continue;
      const from = Math.floor((box.top - HIT_SLOP_PX) / BAND_PX);
      const to = Math.floor((box.bottom + HIT_SLOP_PX) / BAND_PX);
      for (let b = from; b <= to; b++) {
        const list = this.bands.get(b);
        if (list) list.push({ key, box });
        else this.bands.set(b, [{ key, box }]);
      }
      this.size++;
    }
  }

  clear(): void {
    this.bands.clear();
    this.size = 0;
  }

  get boxes(): number {
    return this.size;
  }

  /** The mark whose box holds the point (the smallest box where marks overlap), or null. */
  at(x: number, y: number): K | null {
    const list = this.bands.get(Math.floor(y / BAND_PX));
    if (!list) return null;
    let best: K | null = null;
    let bestArea = Infinity;
    for (const { key, box } of list) {
      if (x < box.left - HIT_SLOP_PX || x > box.right + HIT_SLOP_PX) continue;
      if (y < box.top - HIT_SLOP_PX || y > box.bottom + HIT_SLOP_PX) continue;
      const area = (box.right - box.left) * (box.bottom - box.top);
      if (area < bestArea) {
        best = key;
        bestArea = area;
      }
    }
    return best;
  }
}

/**
 * The box a card or a focus target is placed against: the claim's first line only, so a claim that
 * wraps does not get a box spanning the whole paragraph.
 */
export function firstLineBox(rects: readonly Box[]): Box | null {
  const real = rects.filter((r) => r.right > r.left && r.bottom > r.top);
  if (!real.length) return null;
  const first = real[0]!;
  const line = real.filter((r) => Math.abs(r.top - first.top) < 2);
  return {
    left: Math.min(...line.map((r) => r.left)),
    right: Math.max(...line.map((r) => r.right)),
    top: Math.min(...line.map((r) => r.top)),
    bottom: Math.max(...line.map((r) => r.bottom)),
  };
}
