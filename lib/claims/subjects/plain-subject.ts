import type { Occurrence } from '../match';

/**
 * plain-subject. Example: "Where did the 10-year Treasury yield close? It ended Thursday at 4.19%": of
 * the names a sentence without figures ends on, "it" points back to the fullest one whose qualifiers
 * the sentence gives ("10-year Treasury yield"), not to a sibling whose country it lacks ("German
 * 10-year yield" shares its words), and to none if every such name lacks the country it needs.
 */
export function plainSubject(
  occs: readonly Occurrence[],
  /** The qualifier groups the sentence names (SentenceInfo.qualifiers). */
  groups: ReadonlySet<string>,
  /** The page's own country, which a name may leave unsaid ("the economy" on a U.S. page). */
  pageGroup: string | null = null,
): Occurrence | undefined {
  const last = occs.at(-1);
  if (!last) return undefined;
  const unmet = (o: Occurrence) => o.entry.qualifierGroups.filter((g) => !groups.has(g) && g !== pageGroup).length;
  let best: Occurrence | undefined;
  for (const o of occs) {
    if (o.last !== last.last) continue;
    if (!best || unmet(o) < unmet(best) || (unmet(o) === unmet(best) && o.entry.core.length > best.entry.core.length))
      best = o;
  }
  // A name whose country the sentence does not give ("the policy rate" of "the Korean policy rate",
  // "Treasury portfolios" without a holder) is no subject to point back to.
  return best && unmet(best) === 0 ? best : undefined;
}
