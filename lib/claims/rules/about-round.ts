/**
 * Example: "Bitcoin was quoted at about $93,900": a round figure after "about" is said to its last
 * non-zero digit (the hundreds), so it stands for anything that rounds to it, not for 93,900.00.
 *
 * Only plain whole figures with at least two trailing zeros; the half-width is half of that place.
 */
const ABOUT_BEFORE_RE = /\b(?:about|around|roughly|approximately|nearly|some|near)[\s\u00a0]+$/i;
/** Trailing zeros that make a figure round ("93,900" has two). */
const MIN_ROUND_ZEROS = 2;

export function aboutRoundHalfStep(lead: string, value: number, precision: number): number | null {
  if (precision !== 1 || !Number.isInteger(value) || value === 0 || !ABOUT_BEFORE_RE.test(lead)) return null;
  let zeros = 0;
  for (let v = Math.abs(value); v % 10 === 0; v /= 10) zeros++;
  return zeros >= MIN_ROUND_ZEROS ? 10 ** zeros / 2 : null;
}
