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
