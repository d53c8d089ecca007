import type { Candidate } from '../candidate';
import { OTHER_BOND_NAMES } from '../lexicon/other-bonds';

/**
 * other-bond. Example: "The 2-year TB yield rose to 2.363% from 2.337%" (Seoul's Treasury Bond), "the
 * 2-year Monetary Stabilization Bond (MSB) yield", "the 10-year gilt yield climbed to 4.70%": a bond the
 * catalogue does not keep, named in the sentence before the figure, makes a tenor's yield that bond's,
 * not the U.S. Treasury's (or the Bund's) an alias or an earlier sentence would give it.
 */
export function withoutOtherBondYields(
  cands: Candidate[],
  tokens: readonly { norm: string }[],
  cs: number,
): Candidate[] {
  if (!cands.some((c) => c.indicator.kind === 'yield')) return cands;
  for (let i = 0; i < cs; i++)
    if (OTHER_BOND_NAMES.has(tokens[i]!.norm)) return cands.filter((c) => c.indicator.kind !== 'yield');
  return cands;
}
