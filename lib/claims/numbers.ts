/**
 * Reading numbers as news writers print them: "1,234.5", "1 234.5" (thin or narrow no-break space
 * grouping), ".5", with scale words ("1.13 trillion", "$4bn", "3.2k"). Only ASCII digits count:
 * other scripts' digits are left alone rather than misread.
 */

export const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
  t: 1e12,
};

/** Scale words that need a currency before them to count ("$5m", not "5m" as in metres). */
export const CURRENCY_ONLY_SCALES = new Set(['m', 'b', 't', 'tr']);

const GROUP_SEPARATORS = /[,\u2009\u202f]/g;

/** Parses the digits of a number ("1,234.50") into its value; NaN when it is not one. */
export function parseDigits(digits: string): number {
  const plain = digits.replace(GROUP_SEPARATORS, '');
  if (!/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(plain)) return NaN;
  // Strings of a million digits must not cost more than their length, nor become Infinity
  // that later arithmetic trusts.
  if (plain.length > 40) return NaN;
  return Number(plain);
}

/** Decimal places written after the point. */
export function decimalsOf(digits: string): number {
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

/** Multiplies without the binary noise of 1.13 * 1e12 = 1130000000000.0002. */
export function scaleValue(value: number, decimals: number, scale: number): number {
  if (scale === 1) return value;
  const scaleDigits = Math.round(Math.log10(scale));
  const shift = scaleDigits - decimals;
  if (shift >= 0) {
    const intPart = Math.round(value * 10 ** decimals);
    return intPart * 10 ** shift;
  }
  return Number((value * scale).toFixed(-shift));
}

/** Rounds away floating-point noise from arithmetic on parsed figures. */
export function tidy(value: number, places = 10): number {
  const f = 10 ** places;
  const scaled = value * f;
  // Past 2^53 rounding cannot help; toFixed's string round trip is slow and only needed there.
  return Math.abs(scaled) < 9e15 ? Math.round(scaled) / f : Number(value.toFixed(places));
}
