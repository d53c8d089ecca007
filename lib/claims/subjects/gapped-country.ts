import type { Candidate } from '../candidate';
import { COUNTRY_OF_WORD, countryOfId } from '../lexicon/countries';
import type { Token } from '../tokens';
import { namedSibling, type SiblingIndex } from './row-owner';

/**
 * gapped-country. Example: "Japan lifts its Treasury stash to $1,125.9 billion, China to $784.3 billion": the second
 * clause repeats the first with its verb and measure left out, so the country opening it owns its figure, and a
 * candidate of the first clause's country moves to that country's own measure, or goes.
 */
const GAP_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'with', 'by']);
/** Words that open a gapped clause in place of a comma: "..., and China to $784.3 billion". */
const GAP_OPENERS: ReadonlySet<string> = new Set(['and', 'while', 'whereas']);

/** The country a gapped clause right before token `figureAt` opens with ("..., China to"), or null. */
function gappedCountry(text: string, tokens: readonly Token[], figureAt: number): string | null {
  const prep = tokens[figureAt - 1];
  const name = tokens[figureAt - 2];
  if (!prep || !name || !GAP_PREPOSITIONS.has(prep.norm)) return null;
  const country = COUNTRY_OF_WORD.get(name.norm);
  if (!country) return null;
  const before = tokens[figureAt - 3];
  const gap = text.slice(before ? before.end : 0, name.start);
  if (
    /[,;]/.test(gap) ||
    (before && GAP_OPENERS.has(before.norm) && /[,;]/.test(text.slice(0, before.start).slice(-3)))
  )
    return country;
  return null;
}

export function withGappedCountry(
  cands: Candidate[],
  text: string,
  tokens: readonly Token[],
  figureAt: number,
  siblings: SiblingIndex,
): Candidate[] {
  if (!cands.length) return cands;
  const country = gappedCountry(text, tokens, figureAt);
  if (!country) return cands;
  const named = new Set([country]);
  const out: Candidate[] = [];
  for (const c of cands) {
    const own = countryOfId(c.indicator.id);
    if (!own || own === country) {
      out.push(c);
      continue;
    }
    const sib = namedSibling(c.indicator, named, siblings);
    if (sib && !cands.some((o) => o.indicator === sib))
      out.push({ ...c, indicator: sib, alias: sib.name, catalogueAlias: sib.name });
  }
  return out;
}
