// "Monday's first estimate put output down at a 1.8% rate, after 1.0% growth in April-June": the first print is 1.8%.

/** first-release-named: "(TIC, first release)", "first estimate", "as first reported": a first print quoted. */
// advance-named: "2.0% (advance)", "the advance estimate": GDP's first print, by the name BEA gives it.
const FIRST_RELEASE_RE =
  /\b(?:first[\s\u00a0]+(?:release|print|estimate|reading)|initial[\s\u00a0]+(?:release|print|estimate|reading)|as[\s\u00a0]+first[\s\u00a0]+(?:reported|published|released)|advance[\s\u00a0]+(?:estimate|reading|print|release))\b|\([\s\u00a0]*advance[\s\u00a0]*\)/i;

/** A figure with its unit in running text: where the clause of the next figure begins. */
const UNIT_FIGURE_RE =
  /\d(?:[\d.,]*\d)?[\s\u00a0]*(?:%|percent\b|per[\s\u00a0]+cent\b|billion\b|bn\b|trillion\b|million\b)/gi;
/** After the figure, its clause runs to the next comma, semicolon or full stop. */
const CLAUSE_END_RE = /[,;.!?](?:\s|$)/;
/** Characters after a figure read for "(advance)" or ", as first reported". */
const AFTER_CHARS = 30;

/**
 * first-release-in-clause: whether the words naming a first print stand in the figure's own clause (after
 * the figure before it and up to the next break), so another figure's "first estimate" does not make this
 * one a first print. A table cell's caption and headers are its clause.
 */
export function namesFirstRelease(sentence: string, at: number, end: number, cell: boolean): boolean {
  // Most sentences name no first print at all: the clause is read only where one does.
  const named = FIRST_RELEASE_RE.test(sentence);
  if (cell || !named) return named;
  const before = sentence.slice(0, at);
  let from = 0;
  for (const m of before.matchAll(UNIT_FIGURE_RE)) from = m.index + m[0].length;
  if (FIRST_RELEASE_RE.test(before.slice(from))) return true;
  const after = sentence.slice(end, end + AFTER_CHARS);
  const stop = after.slice(1).search(CLAUSE_END_RE);
  return FIRST_RELEASE_RE.test(stop < 0 ? after : after.slice(0, stop + 2));
}
