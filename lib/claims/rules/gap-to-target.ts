/**
 * gap-to-target. Example: "That puts the gauge 1.5 percentage points above the BOJ's 2% price-stability target":
 * a figure's distance from a target, not the figure nor its move.
 */
const GAP_TO_TARGET_AFTER_RE =
  /^[\s\u00a0]+(?:above|below|over|under|short[\s\u00a0]+of|shy[\s\u00a0]+of)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w'’.&%-]+[\s\u00a0]+){0,5}?(?:target|goal|objective|ceiling)\b/i;

/**
 * gap-to-rate: "That leaves the Australian cash rate 160 basis points above Canada's policy rate": a distance
 * between two rates (or a rate and a range), a spread, not either rate's move.
 */
const GAP_TO_RATE_AFTER_RE =
  /^[\s\u00a0]+(?:above|below|over|under)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w'’.&%-]+[\s\u00a0]+){0,4}?(?:rates?|range)\b/i;

/** Whether the words after a figure (`after`) measure it against a target, or another rate. */
export function isGapToTarget(after: string): boolean {
  return GAP_TO_TARGET_AFTER_RE.test(after) || GAP_TO_RATE_AFTER_RE.test(after);
}
