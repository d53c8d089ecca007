/**
 * rate-move-size: "the U.S. dollar has plunged more than 10% in the first half" in a sentence that also names the
 * Fed: no policy rate has moved so far in the catalogue's years (the largest run of moves, 2022-23, was 5.25
 * points), so a move this large is some other subject's, whatever alias stands near it.
 */
const RATE_MOVE_MAX_POINTS = 6;

export function beyondRateMove(value: number): boolean {
  return Math.abs(value) >= RATE_MOVE_MAX_POINTS;
}
