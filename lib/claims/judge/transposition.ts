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
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (diff.length !== 2) return false;
  const [i, j] = diff as [number, number];
  return j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
