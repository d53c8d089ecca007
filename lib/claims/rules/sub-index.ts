import type { AliasDrop } from '../site';
import { SUB_INDEX_WORDS } from '../lexicon/market-measures';

/**
 * sub-index. Example: "the Hang Seng China Enterprises Index added 0.4%", "the Hang Seng Tech
 * gauge firmed": an index's name followed by a word of a narrower index names that other
 * index, not the catalogue's.
 */
export const subIndex: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.kind !== 'index') return false;
  const { tokens } = info;
  // A stray word inside the matched name ("Hang Seng Tech Index" for "Hang Seng Index") counts too.
  for (let i = o.first + 1; i < o.last; i++) if (SUB_INDEX_WORDS.has(tokens[i]!.norm)) return true;
  const next = tokens[o.last + 1];
  return !!next && SUB_INDEX_WORDS.has(next.norm) && !info.punctBetween(o.last, o.last + 1, true);
};

/**
 * sub-index-between. Example: "the Hang Seng Index rose 0.3% and the Hang Seng China Enterprises
 * Index 0.1%": the narrower index, named again between, owns the figure after it; the first name
 * does not reach past it.
 */
export const subIndexBetween: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'index' || o.last >= cs) return false;
  const { tokens } = info;
  const name = new Set<string>();
  for (let i = o.first; i <= o.last; i++) if (!NAME_FILLERS.has(tokens[i]!.norm)) name.add(tokens[i]!.norm);
  // "... and the Hang Seng China Enterprises Index": a narrower index's word right after a word of the name.
  for (let j = o.last + 2; j < cs; j++)
    if (SUB_INDEX_WORDS.has(tokens[j]!.norm) && name.has(tokens[j - 1]!.norm)) return true;
  return false;
};

/** Words of an index's name that say nothing of which index: "the", "'s", "index". */
const NAME_FILLERS: ReadonlySet<string> = new Set(['the', 's', 'index']);
