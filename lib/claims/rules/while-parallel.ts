import { isPastMoveVerb } from '../lexicon/move-verbs';

/**
 * Example: "The 2-year yield climbed seven basis points on the week to 3.78%, while the 10-year yield added 5 bps
 * to 4.31%": a "while" clause of the same shape, a name and a move verb with no period of its own, moves over
 * the one span the clause before it states (parallel-period, for clauses without "while", needs that span
 * on the figure before; here it dates a move written in words).
 *
 * `gap` runs from the end of the figure before to this figure: ", while the 10-year yield added ".
 */
const WHILE_PARALLEL_RE =
  /^[^.;:!?\d]{0,40}?,[\s\u00a0]+(?:while|whereas)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w&.'’-]+[\s\u00a0]+){1,4}([a-z]+)[\s\u00a0]+(?:by[\s\u00a0]+)?$/;

export function whileParallel(gap: string): boolean {
  const m = WHILE_PARALLEL_RE.exec(gap);
  return !!m && isPastMoveVerb(m[1]!);
}
