/**
 * Rule transposed-digits: "−1.32%" for a move of −1.23%, "$897.8 billion" for 879.8 billion. Two
 * neighbouring digits swapped is a slip of that very figure, not a rounding gap: never "close".
 * `step` is the claim's last written digit; the reference is read at that precision.
 */
export function transposedDigits(claim: number, ref: number, step: number): boolean {
  if (step <= 0 || Math.sign(claim) !== Math.sign(ref)) return false;
  const a = String(Math.round(Math.abs(claim) / step));
  const b = String(Math.round(Math.abs(ref) / step));
  if (a.length !== b.length || a === b) return false;
  // The differing places counted in one loop (no array of characters per judged figure).
  let i = -1;
  let j = -1;
  for (let k = 0; k < a.length; k++) {
    if (a.charCodeAt(k) === b.charCodeAt(k)) continue;
    if (i < 0) i = k;
    else if (j < 0) j = k;
    else return false;
  }
  return j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** A figure this long (in written digits) does not differ from a session's move in one place by chance. */
const SLIP_MIN_DIGITS = 4;

/**
 * Rule digit-slip: "added 443.11 points" for a session that added 344.11, "fell 54.14 points" for 44.14, "shed
 * $3,578.74" for $3,875.74: a long figure that is the move with one digit wrong, or two digits swapped across the
 * figure, is a slip of that move. Only figures of four written digits or more: a short one may be another move.
 */
export function digitSlip(claim: number, ref: number, step: number): boolean {
  if (step <= 0 || Math.sign(claim) !== Math.sign(ref)) return false;
  const a = String(Math.round(Math.abs(claim) / step));
  const b = String(Math.round(Math.abs(ref) / step));
  if (a.length !== b.length || a.length < SLIP_MIN_DIGITS || a === b) return false;
  let i = -1;
  let j = -1;
  for (let k = 0; k < a.length; k++) {
    if (a.charCodeAt(k) === b.charCodeAt(k)) continue;
    if (i < 0) i = k;
    else if (j < 0) j = k;
    else return false;
  }
  return j < 0 || (a[i] === b[j] && a[j] === b[i]);
}
