import type { Indicator } from '../../dataset/schema';
import { asCandidate, type Candidate } from '../candidate';
import { COUNTRY_OF_WORD } from '../lexicon/countries';
import type { FigureSite } from './order';
import { formerLatterPointer } from './former-latter';
import { RESPECTIVE_SCORE } from './respectively';

/**
 * counterpart. Example: "Germany's 10-year yield rose 3 basis points and its U.S. counterpart 5 basis
 * points, the former to 2.84% and the latter to 4.28%": "its U.S. counterpart" is the same measure (the
 * 10-year yield) for the country it names; "the former" is the name before it, "the latter" the
 * counterpart. Only for a measure the catalogue keeps by tenor for several countries.
 */
const COUNTERPART_RE = /\b(?:its|their|the)[\s\u00a0]+((?:u\.s\.|u\.k\.|[a-z]+))[\s\u00a0]+counterparts?\b/gi;
/** The part of an id a counterpart shares: "_10y_yield" of "de.bund_10y_yield". */
const TENOR_SUFFIX_RE = /_\d+y_yield$/;

function siblingFor(base: Indicator, group: string, s: FigureSite): Indicator | undefined {
  const suffix = TENOR_SUFFIX_RE.exec(base.id)?.[0];
  if (!suffix) return undefined;
  for (const ind of s.catalogue.dataset.indicators)
    if (ind.id !== base.id && ind.id.endsWith(suffix) && s.catalogue.countriesOf(ind.id)?.has(group)) return ind;
  return undefined;
}

export function withCounterpart(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!s.info.tokens.some((t) => t.norm === 'counterpart')) return cands;
  const lead = s.text.slice(s.span.start, s.expr.start);
  COUNTERPART_RE.lastIndex = 0;
  let m: RegExpExecArray | null = null;
  for (let x = COUNTERPART_RE.exec(lead); x; x = COUNTERPART_RE.exec(lead)) m = x;
  if (!m) return cands;
  const group = COUNTRY_OF_WORD.get(m[1]!.toLowerCase().replace(/\./g, ''));
  const phraseAt = s.span.start + m.index;
  // The name the counterpart is of: the last one before the phrase.
  const base = [...s.occs].filter((o) => s.info.tokens[o.last]!.end <= phraseAt).at(-1)?.entry.indicator;
  if (!group || !base) return cands;
  const other = siblingFor(base, group, s);
  if (!other) return cands;
  const pointer = formerLatterPointer(s.info.tokens, s.cs);
  const pick = pointer ? (pointer.word === 'former' ? base : other) : other;
  // Without a pointer, the figure is the counterpart's only if no name stands between the phrase and it.
  if (!pointer && s.occs.some((o) => s.info.tokens[o.first]!.start > phraseAt && o.last < s.cs)) return cands;
  const why = pointer ? `the ${pointer.word}` : `${m[1]} counterpart`;
  return [asCandidate({ indicator: pick, alias: `${pick.name} (${why})`, score: RESPECTIVE_SCORE }, 'former-latter')];
}
