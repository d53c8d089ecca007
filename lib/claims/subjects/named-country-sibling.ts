import type { Candidate } from '../candidate';
import { COUNTRY_OF_WORD, countryOfId } from '../lexicon/countries';
import type { Token } from '../tokens';
import { namedSibling, type SiblingIndex } from './row-owner';

/**
 * named-country-sibling. Example: "Japan raised its stockpile of U.S. government debt by $39.8 billion": the words
 * "of U.S. government debt" fit China's alias best, but the sentence names Japan and not China, so the figure is
 * Japan's of the same measure.
 */
export function withNamedCountrySibling(
  cands: Candidate[],
  sentenceGroups: ReadonlySet<string>,
  tokens: readonly Token[],
  figureAt: number,
  siblings: SiblingIndex,
): Candidate[] {
  // Only a country named before the figure, and not the U.S., which in "U.S. government debt" or "U.S. tariffs"
  // names the instrument, not whose measure it is.
  const named = new Set<string>();
  for (let i = 0; i < figureAt; i++) {
    const g = COUNTRY_OF_WORD.get(tokens[i]!.norm);
    if (g && g !== 'us') named.add(g);
  }
  if (!named.size) return cands;
  let out: Candidate[] | null = null;
  for (const [i, c] of cands.entries()) {
    if (c.rule !== 'alias-in-sentence' && c.rule !== 'fuzzy-alias') continue;
    const own = countryOfId(c.indicator.id);
    if (!own || sentenceGroups.has(own)) continue;
    const sib = namedSibling(c.indicator, named, siblings);
    if (!sib || cands.some((o) => o.indicator === sib)) continue;
    out ??= cands.slice();
    out[i] = { ...c, indicator: sib, alias: sib.name, catalogueAlias: sib.name };
  }
  return out ?? cands;
}
