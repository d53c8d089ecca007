import type { Candidate } from '../candidate';
import type { Token } from '../tokens';

/**
 * Example: "Halden Minerals slipped 1.9% in line with the gold price": gold is what the move is
 * compared with, not what moved. A name after the figure, past a comparison link, is not its subject.
 */
const COMPARISON_LINK_RE =
  /\b(?:in[\s\u00a0]+line[\s\u00a0]+with|tracking|mirroring|echoing|alongside|along[\s\u00a0]+with|like|unlike|as[\s\u00a0]+did|compared[\s\u00a0]+(?:with|to)|than|versus|outpacing|outperforming|underperforming|lagging)\b/i;

/** Whether the words from the figure's end to a name after it compare the figure with that name. */
export function comparesWith(between: string): boolean {
  return COMPARISON_LINK_RE.test(between);
}

/** The candidates without those named after the figure past a comparison link. */
export function withoutCompared(
  cands: Candidate[],
  text: string,
  tokens: readonly Token[],
  claimEnd: number,
  ce: number,
): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const after = c.at !== undefined && c.at > ce && (c.rule === 'alias-in-sentence' || c.rule === 'fuzzy-alias');
    if (after && comparesWith(text.slice(claimEnd, tokens[c.at!]!.start))) {
      out ??= cands.slice(0, i);
      continue;
    }
    out?.push(c);
  }
  return out ?? cands;
}
