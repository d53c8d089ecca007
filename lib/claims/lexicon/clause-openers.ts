/**
 * Example: "held at 4 per cent on Thursday as UK inflation concerns weigh", "rose 1% while the Dow
 * fell": words that open another clause, whose names are that clause's subjects.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though']);

/** Clause openers after a figure: the contrasting ones, and the causal and temporal ones. */
export const AFTER_FIGURE_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...CLAUSE_OPENERS,
  'as',
  'because',
  'after',
  'before',
  'when',
  'since',
]);
