/**
 * Example: "..., taking Bank Rate to 3.5%" and "which would push EUR/USD toward 1.18": verbs that carry
 * a subject to a level; after a forecast or a modal, that level is what someone expects.
 */
const PATH_VERBS: readonly (readonly [base: string, participle: string])[] = [
  ['take', 'taking'],
  ['bring', 'bringing'],
  ['leave', 'leaving'],
  ['push', 'pushing'],
  ['lift', 'lifting'],
  ['lower', 'lowering'],
  ['cut', 'cutting'],
  ['raise', 'raising'],
  ['put', 'putting'],
  ['send', 'sending'],
  ['drive', 'driving'],
];

/** "taking|bringing|...": for a pattern's alternation. */
export const PATH_PARTICIPLES = PATH_VERBS.map((v) => v[1]).join('|');
/** "take|bring|...": for a pattern's alternation. */
export const PATH_BASES = PATH_VERBS.map((v) => v[0]).join('|');
