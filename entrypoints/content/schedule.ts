/**
 * Cooperative time-slicing: the content script's work runs in slices of a few milliseconds and gives
 * the main thread back between them, so no task it causes comes near the 50 ms long-task line.
 */

/** Work per slice. Small enough that the page's own rendering and input stay smooth. */
export const SLICE_MS = 8;

declare const scheduler: { yield?: () => Promise<void> } | undefined;

/**
 * Gives the main thread back. scheduler.yield (Chromium 129+) resumes ahead of other queued tasks;
 * elsewhere a MessageChannel message (a new task without setTimeout's 4 ms clamp).
 */
export function yieldToMain(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** Tracks how long the current slice has run. */
export class Slicer {
  private start = performance.now();
  constructor(
    private readonly cancelled: () => boolean,
    readonly budgetMs = SLICE_MS,
  ) {}
  /** Time left in this slice, in ms. */
  left(): number {
    return this.budgetMs - (performance.now() - this.start);
  }
  over(): boolean {
    return this.left() <= 0;
  }
  /** Yields if the slice is spent; false when the work was cancelled meanwhile. */
  async pause(force = false): Promise<boolean> {
    if (!force && !this.over()) return !this.cancelled();
    await yieldToMain();
    this.start = performance.now();
    return !this.cancelled();
  }
}

/**
 * Runs `step` over items, yielding whenever a slice is spent. `cancelled` is checked after each
 * yield so a settings change or teardown stops work in flight.
 */
export async function sliced<T>(
  items: readonly T[],
  step: (item: T) => void,
  cancelled: () => boolean,
): Promise<boolean> {
  const slicer = new Slicer(cancelled);
  for (const item of items) {
    step(item);
    if (!(await slicer.pause())) return false;
  }
  return !cancelled();
}

/** Groups items into chunks whose summed weight stays under `max` (one oversized item is its own chunk). */
export function chunkBy<T>(items: readonly T[], weight: (t: T) => number, max: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let w = 0;
  for (const it of items) {
    const x = weight(it);
    if (cur.length && w + x > max) {
      out.push(cur);
      cur = [];
      w = 0;
    }
    cur.push(it);
    w += x;
  }
  if (cur.length) out.push(cur);
  return out;
}
