/**
 * The two figures' digits at the claim's last written place, and where they differ: `i` and `j` the first two
 * differing places (−1 when none), or null when the figures differ in sign, length or more than two places.
 */
function digitDiff(claim: number, ref: number, step: number): { a: string; b: string; i: number; j: number } | null {
  if (step <= 0 || Math.sign(claim) !== Math.sign(ref)) return null;
  const a = String(Math.round(Math.abs(claim) / step));
  const b = String(Math.round(Math.abs(ref) / step));
  if (a.length !== b.length || a === b) return null;
  // The differing places counted in one loop (no array of characters per judged figure).
  let i = -1;
  let j = -1;
  for (let k = 0; k < a.length; k++) {
    if (a.charCodeAt(k) === b.charCodeAt(k)) continue;
    if (i < 0) i = k;
    else if (j < 0) j = k;
    else return null;
  }
  return { a, b, i, j };
}

/**
 * Rule transposed-digits: "−1.32%" for a move of −1.23%, "$897.8 billion" for 879.8 billion. Two
 * neighbouring digits swapped is a slip of that very figure, not a rounding gap: never "close".
 * `step` is the claim's last written digit; the reference is read at that precision.
 */
export function transposedDigits(claim: number, ref: number, step: number): boolean {
  const d = digitDiff(claim, ref, step);
  return !!d && d.j === d.i + 1 && d.a[d.i] === d.b[d.j] && d.a[d.j] === d.b[d.i];
}

/** A figure this long (in written digits) does not differ from a session's move in one place by chance. */
const SLIP_MIN_DIGITS = 4;

/**
 * Rule digit-slip: "added 443.11 points" for a session that added 344.11, "fell 54.14 points" for 44.14, "shed
 * $3,578.74" for $3,875.74: a long figure that is the move with one digit wrong, or two digits swapped across the
 * figure, is a slip of that move. Only figures of four written digits or more: a short one may be another move.
 */
export function digitSlip(claim: number, ref: number, step: number): boolean {
  const d = digitDiff(claim, ref, step);
  if (!d || d.a.length < SLIP_MIN_DIGITS) return false;
  return d.j < 0 || (d.a[d.i] === d.b[d.j] && d.a[d.j] === d.b[d.i]);
}
