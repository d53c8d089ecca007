import { describe, expect, it } from 'vitest';
import { intersects, placeClearOfMarks, type Box } from './clear-of-marks';

const VP = { width: 1280, height: 800 };
const CARD = { width: 360, height: 220 };
const cardBox = (p: { x: number; y: number; maxHeight: number | null }, h = CARD.height): Box => ({
  left: p.x,
  top: p.y,
  right: p.x + CARD.width,
  bottom: p.y + (p.maxHeight ?? h),
});

describe('placeClearOfMarks: the card never covers its claim or the focused mark', () => {
  it('keeps a proposal that is already clear', () => {
    const mark = { left: 100, top: 100, right: 160, bottom: 120 };
    expect(placeClearOfMarks({ proposed: { x: 100, y: 126 }, card: CARD, marks: [mark], viewport: VP })).toEqual({
      x: 100,
      y: 126,
      maxHeight: null,
    });
  });

  it('moves a card that covers the second line of a wrapped claim below that line', () => {
    // A claim wrapping from the end of one line to the start of the next; floating-ui placed the
    // card under the first line and shift moved it left, on top of the second.
    const marks = [
      { left: 900, top: 100, right: 1000, bottom: 120 },
      { left: 40, top: 124, right: 90, bottom: 144 },
    ];
    const p = placeClearOfMarks({ proposed: { x: 40, y: 126 }, card: CARD, marks, viewport: VP });
    for (const m of marks) expect(intersects(cardBox(p), m)).toBe(false);
    expect(p.y).toBeGreaterThanOrEqual(144);
  });

  it('goes above when there is no room below', () => {
    const mark = { left: 500, top: 700, right: 560, bottom: 720 };
    const p = placeClearOfMarks({
      proposed: { x: 500, y: 560 },
      card: CARD,
      marks: [mark, { left: 480, top: 560, right: 520, bottom: 580 }],
      viewport: VP,
    });
    expect(intersects(cardBox(p), mark)).toBe(false);
    expect(p.maxHeight).toBeNull();
  });

  it('caps the height on the roomier side when no side holds the card', () => {
    const vp = { width: 400, height: 300 };
    const mark = { left: 20, top: 140, right: 380, bottom: 160 };
    const p = placeClearOfMarks({
      proposed: { x: 20, y: 100 },
      card: { width: 360, height: 250 },
      marks: [mark],
      viewport: vp,
    });
    expect(p.maxHeight).not.toBeNull();
    const box = { left: p.x, top: p.y, right: p.x + 360, bottom: p.y + p.maxHeight! };
    expect(intersects(box, mark)).toBe(false);
  });

  it('stays inside a 400 px wide viewport', () => {
    const vp = { width: 400, height: 800 };
    const mark = { left: 300, top: 400, right: 390, bottom: 420 };
    const p = placeClearOfMarks({
      proposed: { x: 300, y: 410 },
      card: { width: 384, height: 220 },
      marks: [mark],
      viewport: vp,
    });
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x + 384).toBeLessThanOrEqual(400);
    expect(intersects({ left: p.x, top: p.y, right: p.x + 384, bottom: p.y + 220 }, mark)).toBe(false);
  });
});
