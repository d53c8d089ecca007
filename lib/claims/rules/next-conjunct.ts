import type { AliasDrop } from '../site';
import { DOWN_SET, UP_SET } from '../lexicon/move-verbs';

/** Words that open the next conjunct of a sentence: what follows them has its own subject and verb. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'while', 'whereas', 'but']);
/** The subject of a conjunct stands this close after its conjunction ("and the two-year Treasury yield"). */
const SUBJECT_REACH = 2;
/** How far before the figure its own subject may start ("The S&P 500 rose"). */
const NAME_REACH = 6;

/**
 * Example: "The S&P 500 rose 0.67% and the two-year Treasury yield fell 7 basis points": a name after
 * the figure and an "and" is the next conjunct's subject, not this figure's, when the figure's own
 * clause names a subject before it.
 */
export const nextConjunct: AliasDrop = (o, { text, info, cs, ce, numberIdx }) => {
  if (o.first <= ce) return false;
  const next = numberIdx.find((n) => n > ce);
  if (next !== undefined && next < o.first) return false;
  let conj = -1;
  for (let i = ce + 1; i < o.first; i++) if (CONJUNCTIONS.has(info.tokens[i]!.norm)) conj = i;
  if (conj < 0 && !commaConjunct(text, info.tokens, ce, o.first, o.last, next)) return false;
  if (conj >= 0 && o.first - conj - 1 > SUBJECT_REACH) return false;
  // Only when the figure's clause has a name before it: "rose 0.67%" alone leaves the subject open.
  for (let i = Math.max(0, cs - NAME_REACH); i < cs; i++) {
    const entries = info.tokens[i]!.lex.entries;
    if (Array.isArray(entries) && entries.length > 0) return true;
  }
  return false;
};

/**
 * comma-conjunct: "Nasdaq Gains 1.3%, Dollar Index Slips 0.4%": a name right after the figure's comma, itself
 * followed by its own move verb and figure, opens the next item of a headline's list.
 */
function commaConjunct(
  text: string,
  tokens: readonly { start: number; end: number; norm: string }[],
  ce: number,
  first: number,
  last: number,
  next: number | undefined,
): boolean {
  if (next === undefined || next <= last || first !== ce + 1) return false;
  if (!/^[\s\u00a0]*[,;][\s\u00a0]*$/.test(text.slice(tokens[ce]!.end, tokens[first]!.start))) return false;
  const verb = tokens[last + 1]?.norm ?? '';
  return (UP_SET.has(verb) || DOWN_SET.has(verb)) && next <= last + 3;
}
