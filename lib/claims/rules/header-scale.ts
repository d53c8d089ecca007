import type { NumericExpression } from '../types';
import { CURRENCY_CODES } from '../extract';
import { SCALES, scaleValue } from '../numbers';

/**
 * Example: a cell "1,191.6" under the caption "Holders of U.S. Treasuries ($ billion)" is $1,191.6 billion.
 *
 * Tables print the unit and scale once, in the caption or a header, and bare figures in the cells.
 * Only a parenthesised unit or an "in ..." phrase counts: a caption that merely mentions "$4 billion"
 * somewhere says nothing of the cells' scale.
 */

const SIGN = String.raw`(US\$|U\.S\.\s?\$|\$|€|£|¥|USD|EUR|GBP|JPY|CNY|dollars?|euros?|yen|yuan)`;
const SCALE_WORD = '(trillions?|billions?|millions?|thousands?|tn|trn|bn|bln|mn|mln)';
/** "($ billion)", "(US$ bn)", "(USD billions)", "($bn)", "(billions of dollars)", "in $ billions", ", $ billions". */
const HEADER_SCALE_RE = new RegExp(
  // comma-unit: "Holdings of U.S. Treasury securities, $ billions (TIC release ...)".
  String.raw`(?:\(|\bin\s+|,\s+)(?:${SIGN}\s?${SCALE_WORD}|${SCALE_WORD}\s+of\s+${SIGN})\)?(?![\w])`,
  'i',
);

/**
 * "($/bbl)", "(US$/oz)", "($)": a price column's currency and the unit it is quoted per, no scale.
 * unit-column: the row's own unit cell, a header part of its own ("WTI crude · $/barrel").
 * comma-unit-label: the row label's own unit after a comma ("WTI spot, $/bbl", "Gold, $ per ounce").
 */
const HEADER_UNIT_RE = new RegExp(
  String.raw`\(${SIGN}(?:\s?\/\s?(bbl|barrel|oz|ounce))?\)|(?:^|·\s|,\s)${SIGN}(?:\s?\/\s?|\s+per\s+)(bbl|barrel|oz|ounce)(?=\s·|$)`,
  'i',
);
const PER_UNIT: Record<string, string> = { bbl: 'barrel', barrel: 'barrel', oz: 'ounce', ounce: 'ounce' };

export interface HeaderScale {
  currency: string;
  scale: number;
  /** What the price is quoted per ("($/bbl)": barrel). */
  per?: string;
}

/** The currency and scale a table's headers give its cells, if they give one. */
export function headerScale(headers: string): HeaderScale | null {
  const m = HEADER_SCALE_RE.exec(headers);
  if (!m) return headerUnit(headers);
  const sign = (m[1] ?? m[4])!.toLowerCase().replace(/\s/g, '');
  const word = (m[2] ?? m[3])!.toLowerCase().replace(/s$/, '');
  const currency =
    CURRENCY_CODES[sign] ??
    CURRENCY_CODES[sign.replace(/s$/, '')] ??
    (/^[a-z]{3}$/.test(sign) ? sign.toUpperCase() : undefined);
  const scale = SCALES[word];
  return currency && scale ? { currency, scale } : null;
}

/** Example: "WTI crude ($/bbl)" over a cell "108.99": $108.99 a barrel. */
function headerUnit(headers: string): HeaderScale | null {
  const m = HEADER_UNIT_RE.exec(headers);
  if (!m) return null;
  const sign = (m[1] ?? m[3])!.toLowerCase().replace(/\s/g, '');
  const currency = CURRENCY_CODES[sign] ?? (/^[a-z]{3}$/.test(sign) ? sign.toUpperCase() : undefined);
  if (!currency) return null;
  const perWord = m[2] ?? m[4];
  const per = perWord ? PER_UNIT[perWord.toLowerCase()] : undefined;
  return per ? { currency, scale: 1, per } : { currency, scale: 1 };
}

/** Gives bare cell figures the headers' currency and scale, in place. */
export function applyHeaderScale(exprs: NumericExpression[], scale: HeaderScale): void {
  for (const x of exprs) {
    // A figure that carries its own unit or scale ("4.5%", "$3bn", "150 per dollar") keeps it.
    if (x.unit !== 'number' || x.per || /[a-z]/i.test(x.text)) continue;
    x.unit = 'currency';
    x.currency = scale.currency;
    if (scale.per) x.per = scale.per;
    x.value = scaleValue(x.value, x.decimals, scale.scale);
    x.precision *= scale.scale;
    if (x.range)
      x.range = [scaleValue(x.range[0], x.decimals, scale.scale), scaleValue(x.range[1], x.decimals, scale.scale)];
  }
}
