import type { Candidate } from '../candidate';
import type { Token } from '../tokens';
import type { Occurrence } from '../match';

/**
 * its-own-measure. Example: "The two-year note, which tracks policy bets most closely, moved the other way:
 * its yield slipped 1 basis point to 3.98%": "its yield" right before the figure is the measure of the
 * subject that opens the sentence, however far that name stands.
 */
const MEASURE_NOUNS: ReadonlySet<string> = new Set(['yield', 'price', 'rate', 'level', 'close', 'value']);
/** How many tokens before the figure "its <noun>" may stand ("its yield slipped 1 basis point to"). */
const ITS_REACH = 6;
/** How many tokens into the sentence its opening name may start ("The two-year note"). */
const OPENER_REACH = 2;
/** Above any nearness score: the writer has pointed back to the opening subject. */
const ITS_OWN_MEASURE_SCORE = 3;

/** The occurrence that opens the sentence, when the figure at token `cs` is "its <measure>"'s; else null. */
export function itsOwnMeasureOpener(
  tokens: readonly Token[],
  cs: number,
  occs: readonly Occurrence[],
): Occurrence | null {
  let its = -1;
  for (let i = Math.max(0, cs - ITS_REACH); i < cs - 1; i++)
    if (tokens[i]!.norm === 'its' && MEASURE_NOUNS.has(tokens[i + 1]!.norm)) its = i;
  if (its < 0) return null;
  const opener = occs.find((o) => o.first <= OPENER_REACH);
  return opener && opener.last < its ? opener : null;
}

/** The candidates with the opening subject's raised above the rest. */
export function raiseOpener(cands: Candidate[], opener: Occurrence): Candidate[] {
  const id = opener.entry.indicator.id;
  return cands.map((c) =>
    c.indicator.id === id && c.score < ITS_OWN_MEASURE_SCORE
      ? { ...c, score: ITS_OWN_MEASURE_SCORE, alias: `${c.alias} (its own measure)` }
      : c,
  );
}
