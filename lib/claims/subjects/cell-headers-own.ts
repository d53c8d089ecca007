import type { Candidate } from '../candidate';
import type { Token } from '../tokens';

/**
 * Example: under the caption "Reference rates (EUR/USD at the ECB fixing)", the cell "+13.1%" in the
 * row "EUR/USD" and the column "Change in 2025" is the pair's move, not the ECB's rate.
 *
 * A cell is read as "caption · column header · row header · its own text". The caption speaks of the
 * whole table; when the cell's own headers name a subject, a name found only in the caption yields.
 */

/** Whether a candidate's name was found in this text (not carried, not made by a table rule). */
export const named = (c: Candidate) =>
  c.at !== undefined && (c.rule === 'alias-in-sentence' || c.rule === 'fuzzy-alias');

export function cellHeadersOwn(cands: Candidate[], text: string, tokens: readonly Token[], shift: number): Candidate[] {
  // The caption (or the text before the table) ends at the first separator; a cell with no other header has none.
  const captionEnd = text.indexOf(' · ');
  if (captionEnd < 0 || captionEnd + 3 >= shift) return cands;
  let inCaption = 0;
  let inHeaders = 0;
  for (const c of cands) {
    if (!named(c)) continue;
    if (tokens[c.at!]!.start < captionEnd) inCaption++;
    else inHeaders++;
  }
  if (!inCaption || !inHeaders) return cands;
  return cands.filter((c) => !named(c) || tokens[c.at!]!.start >= captionEnd);
}
