/** Cooperative time-slicing: long work gives the main thread back well before 50 ms. */

const SLICE_MS = 8;

declare const scheduler: { yield?: () => Promise<void> } | undefined;

export function yieldToMain(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `step` over items, yielding whenever a slice has run SLICE_MS. `cancelled` is checked
 * after each yield so a settings change or teardown stops work in flight.
 */
export async function sliced<T>(items: readonly T[], step: (item: T) => void, cancelled: () => boolean): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    step(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      if (cancelled()) return false;
      sliceStart = performance.now();
    }
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
