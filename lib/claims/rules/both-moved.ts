/**
 * both-moved. Example: "The 2-year and 10-year yields both moved 9 basis points: the former rose ..., the
 * latter fell ...": a size two subjects share, told without a way; the clauses after it say which way each went.
 */
const BOTH_MOVED_RE =
  /\bboth[\s\u00a0]+(?:moved|shifted|changed|swung|budged)[\s\u00a0]+(?:by[\s\u00a0]+)?(?:about[\s\u00a0]+|around[\s\u00a0]+|some[\s\u00a0]+)?$/i;

export function isBothMoved(lead: string): boolean {
  return BOTH_MOVED_RE.test(lead);
}
