import type { AliasDrop } from '../site';
import { AFTER_FIGURE_CLAUSE_OPENERS } from '../lexicon/clause-openers';
import { isPastMoveVerb } from '../lexicon/move-verbs';

/**
 * across-moving-clause. Example: "the single currency eased 0.2% after German factory orders
 * dropped 1.5%": a name whose own figure comes first does not reach past a conjunction into a clause
 * with its own move verb; that clause's figure is its own subject's.
 */
export const acrossMovingClause: AliasDrop = (o, { info, cs, numberIdx }) => {
  if (o.last >= cs) return false;
  let mid = -1;
  for (const i of numberIdx) if (i > o.last && i < cs) mid = i;
  if (mid < 0) return false;
  const { tokens } = info;
  let conj = false;
  for (let i = mid + 1; i < cs; i++) {
    const w = tokens[i]!.norm;
    if (!conj) conj = AFTER_FIGURE_CLAUSE_OPENERS.has(w);
    else if (isPastMoveVerb(w)) return true;
  }
  return false;
};
