import type { BlockInput } from './read-block';
import type { Claim } from '../types';

/**
 * collapse-spaces. Example: "has gained 62.5% since⏎      it ended 2025" in an indented paragraph's source reads on
 * screen as "since it ended 2025": the engine's phrases are written with single spaces, so a block's runs of
 * spaces are read as one, and the claims' offsets are mapped back to the block's own text to mark it.
 */

/** A run of two or more blank characters, or a tab, form feed or carriage return alone. */
const RUN_RE = /[ \t\r\n\f]{2,}|[\t\r\f]/g;

export interface Collapsed {
  text: string;
  /** For each offset of the collapsed text (and its end), the offset in the block's text. */
  map: Int32Array;
}

/** The text with each run of blanks as one space (one line break where the run holds one), or null if it has none. */
export function collapseSpaces(text: string): Collapsed | null {
  RUN_RE.lastIndex = 0;
  let m = RUN_RE.exec(text);
  if (!m) return null;
  const map = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let n = 0;
  let from = 0;
  for (; m; m = RUN_RE.exec(text)) {
    for (let i = from; i < m.index; i++) map[n++] = i;
    parts.push(text.slice(from, m.index), m[0].includes('\n') ? '\n' : ' ');
    map[n++] = m.index;
    from = m.index + m[0].length;
  }
  for (let i = from; i < text.length; i++) map[n++] = i;
  parts.push(text.slice(from));
  map[n] = text.length;
  return { text: parts.join(''), map: map.subarray(0, n + 1) };
}

/** The blocks with their runs of blanks collapsed, and the offset map of each block that changed. */
export function collapseBlocks(blocks: readonly BlockInput[]): {
  blocks: readonly BlockInput[];
  maps: (Int32Array | null)[] | null;
} {
  let maps: (Int32Array | null)[] | null = null;
  let out: BlockInput[] | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const c = collapseSpaces(typeof block === 'string' ? block : block.text);
    if (!c) continue;
    out ??= blocks.slice();
    maps ??= new Array<Int32Array | null>(blocks.length).fill(null);
    out[b] = typeof block === 'string' ? c.text : { ...block, text: c.text };
    maps[b] = c.map;
  }
  return { blocks: out ?? blocks, maps };
}

/** Moves each claim's offsets from its block's collapsed text back to the block's own text. */
export function restoreOffsets(claims: Claim[], maps: readonly (Int32Array | null)[]): void {
  for (const c of claims) {
    const map = maps[c.block];
    if (!map) continue;
    const end = c.end > c.start ? map[c.end - 1]! + 1 : map[c.end]!;
    c.start = map[c.start]!;
    c.end = end;
  }
}
