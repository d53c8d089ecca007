import type { AliasDrop } from '../site';
import { FUTURES } from '../lexicon/function-words';
import { COMMODITY_ID } from './subject-shift';

/** How many name tokens may stand between the alias and "futures" in a list ("and Nasdaq 100"). */
const LIST_NAME_TOKENS = 4;
/** Words that join an index to the next in a list of contracts. */
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/** Words that tie contracts to the indexes listed after them: "futures tied to", "futures linked to", "futures on". */
const TIED_WORDS: ReadonlySet<string> = new Set(['tied', 'linked', 'pegged']);

/**
 * Example: "S&P 500 and Nasdaq futures added 0.3%", "Futures tied to the Dow and the S&P 500 rose 0.2%":
 * an index listed with others whose contracts the sentence speaks of is not the index itself
 * (commodities excepted: their price is the front contract).
 */
export const futuresList: AliasDrop = (o, { info }) => {
  if (o.entry.id.startsWith(COMMODITY_ID)) return false;
  const t = info.tokens;
  // After: "<alias> and <name> futures".
  const join = o.last + 1;
  if (join < t.length && LIST_JOINS.has(t[join]!.norm) && !info.punctBetween(o.last, join, true)) {
    for (let j = join + 1; j <= join + LIST_NAME_TOKENS && j < t.length; j++) {
      if (info.punctBetween(j - 1, j, true)) break;
      if ((t[j]!.lex.flags & FUTURES) !== 0) return true;
    }
  }
  // Before: "futures tied to the Dow and <alias>".
  for (let i = o.first - 1; i >= 0 && i >= o.first - 2 * LIST_NAME_TOKENS; i--) {
    if (info.punctBetween(i, i + 1, true)) return false;
    if (!TIED_WORDS.has(t[i]!.norm) || i === 0) continue;
    if ((t[i - 1]!.lex.flags & FUTURES) !== 0) return true;
    // those-tied: "Nasdaq 100 futures firmed 0.5%; those linked to the Dow gained 0.2%": "those" are contracts.
    if (t[i - 1]!.norm === 'those' && t.slice(0, i - 1).some((w) => (w.lex.flags & FUTURES) !== 0)) return true;
  }
  return false;
};
