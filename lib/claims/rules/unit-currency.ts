import type { AliasDrop } from '../site';
import { CURRENCY_OF } from '../lexicon/currencies';

/**
 * unit-currency. Example: "Ten-year JGB futures fell as much as 0.5 yen to 132.84 yen": the currency word of a
 * figure is the unit something else is priced in, where the sentence names such a thing (a future, a bond, a
 * share); "the pair traded at 154.17 yen" keeps it.
 */
/** Things quoted in a currency, as the tokenizer folds them (singular). */
const PRICED_THINGS: ReadonlySet<string> = new Set(['future', 'futures', 'jgb', 'bond', 'share', 'stock', 'contract']);

export const unitCurrency: AliasDrop = (o, { info, expr, cs, ce }) => {
  // The word is the figure's own ("132.84 yen" reads its unit in) or the one right after it.
  if (o.entry.indicator.kind !== 'fx' || o.first !== o.last || o.first <= cs || o.first > ce + 1 || !expr.currency)
    return false;
  if (CURRENCY_OF.get(info.tokens[o.first]!.norm) !== expr.currency) return false;
  // Where the dollar is named too, the currency-words step still finds the pair ("the dollar rose to 147.09 yen").
  return info.tokens.some((t) => PRICED_THINGS.has(t.norm));
};
