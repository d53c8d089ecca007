import type { Occurrence } from '../match';

/**
 * plain-subject. Example: "Where did the 10-year Treasury yield close? It ended Thursday at 4.19%": of
 * the names in the last noun phrase of a sentence without figures, "it" points back to the fullest one
 * whose qualifiers the sentence gives ("10-year Treasury yield"; "Japan's core inflation" of "What is
 * Japan's core inflation rate?"), not to a sibling whose country it lacks ("German 10-year yield" shares
 * its words), and to none if every such name lacks the country it needs.
 */
export function plainSubject(
  occs: readonly Occurrence[],
  /** The qualifier groups the sentence names (SentenceInfo.qualifiers). */
  groups: ReadonlySet<string>,
  /** The page's own country, which a name may leave unsaid ("the economy" on a U.S. page). */
  pageGroup: string | null = null,
): Occurrence | undefined {
  if (!occs.length) return undefined;
  const unmet = (o: Occurrence) => o.entry.qualifierGroups.filter((g) => !groups.has(g) && g !== pageGroup).length;
  // The last noun phrase: names ending on its last word or the word before ("core inflation rate" holds
  // "core inflation" and "rate").
  let end = 0;
  for (const o of occs) end = Math.max(end, o.last);
  let best: Occurrence | undefined;
  for (const o of occs) {
    if (o.last < end - 1) continue;
    const better =
      !best ||
      unmet(o) < unmet(best) ||
      (unmet(o) === unmet(best) &&
        // whole-name-first: "Benchmark 10-year JGB yield" is the JGB's name whole, not "benchmark 10-year yield"
        // read across the word "JGB".
        (o.gaps < best.gaps ||
          (o.gaps === best.gaps && o.entry.core.length > best.entry.core.length) ||
          // "Japan's core inflation" over the bare "core inflation": the name its country qualifies.
          (o.gaps === best.gaps &&
            o.entry.core.length === best.entry.core.length &&
            o.entry.qualifierGroups.length > best.entry.qualifierGroups.length)));
    if (better) best = o;
  }
  // A name whose country the sentence does not give ("the policy rate" of "the Korean policy rate",
  // "Treasury portfolios" without a holder) is no subject to point back to.
  return best && unmet(best) === 0 ? best : undefined;
}
