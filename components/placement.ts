import type { Middleware } from '@floating-ui/dom';
import { placeClearOfMarks, type Box } from '../lib/placement/clear-of-marks';

/**
 * floating-ui middleware, last in the chain after flip/shift/size: moves the card off its claim's
 * own rects and the focused mark's (lib/placement/clear-of-marks.ts) and reports a height cap.
 * computePosition(ref, card, { strategy: 'fixed', middleware: [offset(6), flip(), shift(), size(), clearOfMarks(rects)] })
 */
export function clearOfMarks(marks: () => Box[], onMaxHeight: (h: number | null) => void): Middleware {
  return {
    name: 'clearOfMarks',
    fn({ x, y, rects }) {
      const doc = document.documentElement;
      const viewport = { width: doc.clientWidth || window.innerWidth, height: doc.clientHeight || window.innerHeight };
      const p = placeClearOfMarks({
        proposed: { x, y },
        card: { width: rects.floating.width, height: rects.floating.height },
        marks: marks(),
        viewport,
      });
      onMaxHeight(p.maxHeight);
      return { x: p.x, y: p.y };
    },
  };
}
