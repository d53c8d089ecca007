import { MONTH_WORD } from '../periods';

/**
 * Example: "Gold above $4,000: five charts (29 Dec 2025)": a link to another story, dated, in a list
 * of related reading. Its figures are that story's headline, of another day, not this page's claims.
 *
 * A block that is one headline (no sentence ends inside it) followed by nothing but a date, in
 * brackets or after a separator, is such a link.
 */
const DATE = String.raw`(?:\d{1,2}[\s\u00a0]+${MONTH_WORD}[\s\u00a0]+\d{4}|${MONTH_WORD}[\s\u00a0]+\d{1,2},?[\s\u00a0]+\d{4}|\d{4}-\d{2}-\d{2})`;
const RELATED_LINK_RE = new RegExp(
  String.raw`^(?:[^.!?]|\.(?=\d)){3,140}?[\s\u00a0]*(?:\([\s\u00a0]*${DATE}[\s\u00a0]*\)|[|·–—][\s\u00a0]*${DATE})[\s\u00a0]*$`,
  'i',
);

/** Whether a block of running text (never a table cell) is a dated link to another story. */
export function isRelatedLink(block: string): boolean {
  // Cheap test first: such a block ends with a bracket or a year.
  const last = block.trimEnd().charCodeAt(block.trimEnd().length - 1);
  if (last !== 41 && !(last >= 48 && last <= 57)) return false;
  return RELATED_LINK_RE.test(block);
}
