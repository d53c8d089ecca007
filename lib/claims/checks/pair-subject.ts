import type { Direction } from '../types';
import type { Indicator } from '../../dataset/schema';
import { wordDirection } from '../context';
import { CURRENCY_OF, DOLLAR_NATIONS } from '../lexicon/currencies';
import { pairSide } from '../measure';

/**
 * pair-subject. Example: "the dollar slipped to 149.20 yen from 148.22": the dollar is USD/JPY's base,
 * so the words say the pair fell, yet 149.20 is above 148.22. "The yen slipped to 149.20 per dollar"
 * says the pair rose: the quote currency falls as the pair rises. Which currency the verb is said of is
 * the currency word nearest before it in its clause; with none, or one outside the pair, the way the
 * pair moved is not known and nothing is checked.
 */
export function pairDirection(ind: Indicator, before: string): Direction | null {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const words = clause.split(/[^A-Za-z]+/).filter(Boolean);
  let verb = -1;
  let dir: Direction | null = null;
  for (let i = words.length - 1; i >= 0 && !dir; i--) {
    dir = wordDirection(words[i]!);
    verb = i;
  }
  if (!dir) return null;
  for (let i = verb - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    const code = w === 'pair' ? 'pair' : currencyAt(words, i, w);
    if (!code) continue;
    if (code === 'pair') return dir;
    const side = pairSide(ind, code);
    if (!side) return null;
    return side === 'base' ? dir : dir === 'up' ? 'down' : 'up';
  }
  return null;
}

/** "the Canadian dollar" is CAD, "the dollar" USD. */
function currencyAt(words: readonly string[], i: number, w: string): string | undefined {
  const code = CURRENCY_OF.get(w);
  if (code !== 'USD' || i === 0) return code;
  return DOLLAR_NATIONS.get(words[i - 1]!.toLowerCase()) ?? code;
}

/** "JPY per USD" is written USD/JPY. */
export function pairName(ind: Indicator): string {
  const [quote, base] = ind.unit.split(' per ');
  return base && quote ? `${base}/${quote}` : ind.name;
}
