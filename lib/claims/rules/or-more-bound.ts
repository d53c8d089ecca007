/**
 * or-more-bound: "its third straight annual gain of 20% or more": a figure with "or more" after it is a threshold the
 * reading passed, not the reading ("20% or so" is an approximation, and stays).
 */
const OR_MORE_AFTER_RE = /^[\s\u00a0]+or[\s\u00a0]+(?:more|better|higher|above|greater|less|lower|worse|below)\b/i;

/** Whether the words right after a figure make it a threshold ("20% or more"). */
export function isOrMoreBound(after: string): boolean {
  return OR_MORE_AFTER_RE.test(after.slice(0, 16));
}
