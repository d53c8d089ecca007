import type { AliasDrop } from '../site';
import { MARKET_PLACES } from '../lexicon/market-places';
import { DOWN_SET, UP_SET } from '../lexicon/move-verbs';

/**
 * other-market-clause. Example: "Nikkei sinks 1,910 points as Shanghai soars 8%": a clause opened by another
 * market's city and its move verb has that market as its subject, so the index named before is not the
 * figure's.
 */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['as', 'while', 'whereas', 'but', 'and', 'with']);
/** How many tokens the move verb may stand after the city ("Hong Kong stocks soared"). */
const VERB_REACH = 3;

export const otherMarketClause: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'index') return false;
  const { tokens } = info;
  for (let i = o.last + 1; i < cs; i++) {
    const markets = MARKET_PLACES.get(tokens[i]!.norm);
    if (!markets || markets.includes(o.entry.indicator.id)) continue;
    // comma-city: "Hang Seng sinks 2.84% to 19,846.88, Shanghai sheds 1.39%": a comma opens the city's clause too.
    if (!CLAUSE_JOINERS.has(tokens[i - 1]?.norm ?? '') && !(i > 0 && info.punctBetween(i - 1, i, false))) continue;
    for (let v = i + 1; v <= Math.min(cs - 1, i + VERB_REACH); v++) {
      const w = tokens[v]!.norm;
      if (UP_SET.has(w) || DOWN_SET.has(w)) return true;
    }
  }
  return false;
};
