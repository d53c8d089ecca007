import { MONTH_WORD } from '../periods';

/**
 * Example: "Gold above $4,000: five charts (29 Dec 2025)": a link to another story, dated, in a list
 * of related reading. Its figures are that story's headline, of another day, not this page's claims.
 *
 * A block that is one headline (no sentence ends inside it) followed by nothing but a full date, in
 * brackets, after a separator, or simply after it (a list's date box), is such a link; a date the
 * headline's own words introduce ("on Dec 30, 2025") is not.
 */
const DATE = String.raw`(?:\d{1,2}[\s\u00a0]+${MONTH_WORD}[\s\u00a0]+\d{4}|${MONTH_WORD}[\s\u00a0]+\d{1,2},?[\s\u00a0]+\d{4}|\d{4}-\d{2}-\d{2})`;
/** Words after which a date belongs to the headline's own words ("Nikkei closes at 50,000 on Dec 30, 2025"). */
const DATE_PREPOSITIONS = 'on|since|from|to|until|till|by|of|in|at|before|after|through|dated';
const RELATED_LINK_RE = new RegExp(
  String.raw`^(?:[^.!?]|\.(?=\d)){3,140}?[\s\u00a0]*(?:\([\s\u00a0]*${DATE}[\s\u00a0]*\)|[|·–—][\s\u00a0]*${DATE}` +
    // related-link-bare-date: "Nikkei Ends 2025 Above 50,000 Dec 30, 2025", the date in its own box after the link.
    String.raw`|(?<!\b(?:${DATE_PREPOSITIONS}))[\s\u00a0]+${DATE})[\s\u00a0]*$`,
  'i',
);

/** Whether a block of running text (never a table cell) is a dated link to another story. */
export function isRelatedLink(block: string): boolean {
  // Cheap test first: such a block ends with a bracket or a year.
  const last = block.trimEnd().charCodeAt(block.trimEnd().length - 1);
  if (last !== 41 && !(last >= 48 && last <= 57)) return false;
  return RELATED_LINK_RE.test(block);
}
