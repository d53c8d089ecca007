/**
 * Example: "The Federal Reserve's potential to slash interest rates by 300 basis points has sparked
 * debate": a move someone could make, not one made; it is not judged.
 *
 * `before` is the sentence's text up to the figure.
 */
const POTENTIAL_RE =
  /\b(?:potential|scope|room|capacity|latitude)[\s\u00a0]+(?:to|for)\b[^.;!?,\d]{0,45}$/i;

export function isPotentialMove(before: string): boolean {
  return POTENTIAL_RE.test(before.slice(-70));
}
