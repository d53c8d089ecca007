import type { AliasDrop } from '../site';
import { AFTER_FIGURE_CLAUSE_OPENERS } from '../lexicon/clause-openers';

/**
 * after-conjunction. Example: "The Bank of England held its main interest rate at 4 per cent on
 * Thursday as UK inflation concerns weigh on policymakers": a name after the figure, past a word that
 * opens another clause ("as", "while", "after"), is that clause's subject, not the figure's.
 */
export const afterConjunction: AliasDrop = (o, { info, ce }) => {
  const { tokens } = info;
  // alias-across-clause: "at a 15% tariff, while Chinese goods face ...": an alias read with words
  // skipped ("tariff ... Chinese goods") never spans a word that opens another clause.
  if (o.gaps > 0)
    for (let i = o.first + 1; i < o.last; i++) if (AFTER_FIGURE_CLAUSE_OPENERS.has(tokens[i]!.norm)) return true;
  if (o.first <= ce) return false;
  for (let i = ce + 1; i < o.first; i++) if (AFTER_FIGURE_CLAUSE_OPENERS.has(tokens[i]!.norm)) return true;
  return false;
};
