import { isPastMoveVerb } from '../lexicon/move-verbs';

/**
 * colon-evidence: "The labour backdrop argues for relief: employers added only 73,000 jobs": past a colon,
 * a clause with a move in the past tense states what happened; the cue before the colon is an opinion of it.
 */
export function colonEvidence(lead: string): boolean {
  const colon = lead.lastIndexOf(': ');
  if (colon < 0) return false;
  for (const w of lead
    .slice(colon + 2)
    .toLowerCase()
    .split(/[^a-z]+/))
    if (isPastMoveVerb(w)) return true;
  return false;
}
