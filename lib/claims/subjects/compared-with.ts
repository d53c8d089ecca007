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

/**
 * outdone-object: "Silver has comfortably beaten gold in returns, up 150% this year": the name after a
 * verb of outdoing is what the subject beat, not what moved, when the subject stands before the verb.
 */
const OUTDO_BEFORE_RE =
  /\b(?:outperform(?:ed|s|ing)?|outpac(?:ed|es|ing)|outpace|outr[au]n|outrunning|outshone|outshin(?:es?|ing)|outstripp(?:ed|ing)|outstrips?|outdid|outdone|(?:has|have|had)[\s\u00a0]+(?:\w+ly[\s\u00a0]+)?beaten|underperform(?:ed|s|ing)?|lagg(?:ed|ing)|trail(?:ed|ing))[\s\u00a0]+(?:\w+ly[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:[^\s\u00a0,;.]+[\s\u00a0]+){0,3}$/i;

/** outdone-owns-figure: "outpacing gold's 59 percent increase": the beaten name's possessive owns the figure. */
const OWNS_FIGURE_RE = /^[^\s\u00a0]*['’]s?[\s\u00a0]+$/;

/** The candidates without one named right after a verb of outdoing (`at` is the name's last word, so up to three words of it may stand between), when another candidate is named before it. */
export function withoutOutdone(cands: Candidate[], text: string, tokens: readonly Token[], cs: number): Candidate[] {
  let first = Infinity;
  for (const c of cands) if (c.at !== undefined && c.at < first) first = c.at;
  let out: Candidate[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const object =
      c.at !== undefined &&
      c.at > first &&
      c.at < cs &&
      c.rule === 'alias-in-sentence' &&
      OUTDO_BEFORE_RE.test(text.slice(tokens[first]!.end, tokens[c.at]!.start)) &&
      !OWNS_FIGURE_RE.test(text.slice(tokens[c.at]!.start, tokens[cs]!.start));
    if (object) {
      out ??= cands.slice(0, i);
      continue;
    }
    out?.push(c);
  }
  return out ?? cands;
}
