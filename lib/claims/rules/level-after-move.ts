/**
 * level-after-move. Example: "On Monday the index had plunged 4,451.28 points, or 12.4%, to 31,458.42",
 * "slipped 0.38% on Tuesday to 6,714.59":
 * the level a move ended at, with no period of its own, is of the move's day.
 */
const TO_LEVEL_RE =
  /^[\s\u00a0]*,?[\s\u00a0]*(?:on[\s\u00a0]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[\s\u00a0]+)?(?:to|at)[\s\u00a0]*$/i;

/** Whether the words between a move and the next figure make that figure the level the move ended at. */
export function endsTheMove(between: string): boolean {
  return TO_LEVEL_RE.test(between);
}
