import type { Occurrence } from '../match';
import { CURRENCY_OF } from '../lexicon/currencies';

/**
 * unit-and-mover. Example: "The won weakened by 5.66 won to 1,397.70": the figure's own unit ("won") is also the currency
 * the sentence opened with as the mover, and no other currency stands between ("the dollar fetched 1,359.00 won, down
 * 23.61 won" is the dollar's move), in the same clause.
 */
export function unitIsMover(
  tokens: readonly { norm: string }[],
  occs: readonly Occurrence[],
  o: Occurrence,
  cs: number,
  isMover: (p: Occurrence) => boolean,
  /** Whether a clause break (":", ";", a new clause) stands between two tokens. */
  breakBetween: (from: number, to: number) => boolean,
): boolean {
  // Not another figure's unit ("1,359.00 won"): the mover is a name, not a price.
  const p = occs.findLast(
    (q) => q.entry.alias === o.entry.alias && q.last < cs && !/\d/.test(tokens[q.first - 1]?.norm ?? ''),
  );
  if (!p || !isMover(p) || breakBetween(p.last, cs)) return false;
  // "the yen weakened: the pair climbed ... a rise of 1.90 yen": the pair, or another currency, is the mover then.
  for (let i = p.last + 1; i < cs; i++)
    if (CURRENCY_OF.has(tokens[i]!.norm) || tokens[i]!.norm === 'pair') return false;
  return true;
}
