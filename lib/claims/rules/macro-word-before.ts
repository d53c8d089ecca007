import type { AliasDrop } from '../site';
import { MACRO_MEASURE_WORDS } from '../lexicon/other-measures';

/**
 * macro-word-before. Example: "FTSE 100 closes at record as jobless rate climbs to 5.2%, firming bets
 * on a Bank Rate cut": an economy's measure named just before the figure, with no other name between,
 * is the figure's subject; a policy rate, an index or a price named elsewhere in the sentence is not.
 */
const REACH = 5;
const MARKET_OR_POLICY: ReadonlySet<string> = new Set(['rate', 'index', 'fx', 'commodity', 'crypto', 'yield']);

/** Whether one of the `reach` tokens before `cs` (after `from`) names an economy's measure. */
export function macroWordBefore(tokens: readonly { norm: string }[], cs: number, from = 0, reach = REACH): boolean {
  for (let i = Math.max(from, cs - reach); i < cs; i++) if (MACRO_MEASURE_WORDS.has(tokens[i]!.norm)) return true;
  return false;
}

/** Whether an indicator is a market's price or a policy rate, not an economy's own measure. */
export const isMarketOrPolicy = (kind: string): boolean => MARKET_OR_POLICY.has(kind);

export const macroWordBeforeDrop: AliasDrop = (o, { info, cs, ce }) => {
  if (!isMarketOrPolicy(o.entry.indicator.kind)) return false;
  // A name right after the figure is its own: "... wage growth, and a 0.5% rate hike".
  if (o.first > ce && info.words(ce + 1, o.first) < 2) return false;
  // The alias itself between that word and the figure names it: "inflation-adjusted ... the 10-year yield at".
  const from = o.last < cs ? o.last + 1 : 0;
  return macroWordBefore(info.tokens, cs, from);
};
