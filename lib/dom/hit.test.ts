import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RectIndex, firstLineBox, type Box } from './hit';

const box = (left: number, top: number, w: number, h: number): Box => ({ left, top, right: left + w, bottom: top + h });

describe('RectIndex', () => {
  it('finds the mark under a point, on any of its lines, and nothing beside it', () => {
    const idx = new RectIndex<string>();
    idx.add('a', [box(100, 10, 50, 18)]);
    // A claim wrapping two lines.
    idx.add('b', [box(400, 200, 80, 18), box(0, 220, 40, 18)]);
    expect(idx.at(120, 20)).toBe('a');
    expect(idx.at(450, 210)).toBe('b');
    expect(idx.at(20, 230)).toBe('b');
    expect(idx.at(300, 210)).toBeNull();
    expect(idx.at(120, 60)).toBeNull();
  });

  it('answers across band edges (a box straddling two bands)', () => {
    const idx = new RectIndex<number>();
    idx.add(1, [box(0, 60, 30, 20)]);
    expect(idx.at(10, 62)).toBe(1);
    expect(idx.at(10, 78)).toBe(1);
  });

  it('prefers the smaller box where two overlap', () => {
    const idx = new RectIndex<string>();
    idx.add('outer', [box(0, 0, 200, 20)]);
    idx.add('inner', [box(50, 0, 20, 20)]);
    expect(idx.at(60, 10)).toBe('inner');
    expect(idx.at(10, 10)).toBe('outer');
  });

  it('ignores empty boxes and forgets everything on clear', () => {
    const idx = new RectIndex<string>();
    idx.add('z', [box(10, 10, 0, 18)]);
    expect(idx.boxes).toBe(0);
    idx.add('a', [box(10, 10, 5, 5)]);
    idx.clear();
    expect(idx.at(12, 12)).toBeNull();
  });

  it('agrees with a linear scan (property)', () => {
    const boxes = fc.array(
      fc.tuple(fc.nat(900), fc.nat(2000), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 40 })),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(boxes, fc.nat(1100), fc.nat(2100), (bs, x, y) => {
        const idx = new RectIndex<number>();
        bs.forEach(([l, t, w, h], i) => idx.add(i, [box(l, t, w, h)]));
        const got = idx.at(x, y);
        // Same rule as the index: inside (with its 2 px slop), smallest area wins.
        let want: number | null = null;
        let area = Infinity;
        bs.forEach(([l, t, w, h], i) => {
          if (x >= l - 2 && x <= l + w + 2 && y >= t - 2 && y <= t + h + 2 && w * h < area) {
            want = i;
            area = w * h;
          }
        });
        if (want === null) expect(got).toBeNull();
        else expect(bs[got!]![2] * bs[got!]![3]).toBe(area);
      }),
      { numRuns: 300 },
    );
  });
});

describe('firstLineBox', () => {
  it('spans the first line of a wrapped claim only', () => {
    expect(firstLineBox([box(400, 200, 80, 18), box(480, 201, 10, 17), box(0, 220, 40, 18)])).toEqual({
      left: 400,
      right: 490,
      top: 200,
      bottom: 218,
    });
    expect(firstLineBox([])).toBeNull();
  });
});
