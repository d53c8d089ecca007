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
