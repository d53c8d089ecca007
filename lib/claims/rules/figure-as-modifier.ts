import type { NumericExpression } from '../types';

/**
 * figure-as-modifier: "Some banks now talk of $5,000 gold", "the return of $100 oil": a whole price written before
 * the commodity's name, as its modifier, is a level talked about, not a quote of the day. Only a round one: "Records
 * meet a $113 Brent" names the day's price.
 */
const ROUND_STEP = 10;
const NAME_AFTER_RE = /^[\s\u00a0]+(?:gold|silver|oil|crude|brent|wti|bitcoin|btc|ether|eth)\b/i;

export function isFigureModifier(expr: NumericExpression, after: string): boolean {
  return !!expr.currency && Number.isInteger(expr.value) && expr.value % ROUND_STEP === 0 && NAME_AFTER_RE.test(after);
}
