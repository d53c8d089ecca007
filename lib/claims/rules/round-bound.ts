import { boundOf } from '../endpoints';

/**
 * Example: "Gold Holds Above $3,300", "Nikkei tops 40,000", "Cable is holding above 1.34", "a whisker
 * below 160": a round level named as a bound is a threshold the market crossed or stayed beyond, not
 * its reading; the reading, where the sentence gives one, is the claim. Round is judged against how
 * the market is quoted: a currency to four decimals (or two for the yen), a yield to two, a price to
 * cents.
 */

/** At most this many significant digits make a whole level round: 4,000 (1), 3,300 (2), 52,500 (3). */
const ROUND_DIGITS = 3;
/** Quoted to four decimals below this level (EUR/USD 1.3426), to two above it (USD/JPY 157.42). */
const FOUR_DECIMAL_FX_BELOW = 20;

/** Significant digits of a whole level: "$4,000" 1, "52,500" 3. */
export function significantDigits(whole: string): number {
  return whole.replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Whether the figure, after `lead` (the words before it), is a round bound for an indicator of `kind`. */
export function isRoundBound(lead: string, figureText: string, kind: string): boolean {
  if (!boundOf(lead)) return false;
  const m = /(\d[\d,\u2009\u202f]*)(?:\.(\d+))?/.exec(figureText);
  if (!m) return false;
  const whole = m[1]!.replace(/[^\d]/g, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (kind === 'fx' && Number(whole) < FOUR_DECIMAL_FX_BELOW) return fraction.length <= 2;
  if (kind === 'yield') return fraction.length <= 1;
  return fraction === '' && significantDigits(whole) <= ROUND_DIGITS;
}
