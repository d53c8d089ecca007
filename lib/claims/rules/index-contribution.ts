import type { AliasDrop } from '../site';

/** Nouns of a stock's share in an index's move: "the biggest boost to", "the heaviest drag on". */
const CONTRIBUTION_NOUNS: ReadonlySet<string> = new Set([
  'boost',
  'drag',
  'lift',
  'contribution',
  'contributor',
  'support',
]);
/** The word that ties the noun to the index: "boost to", "drag on". */
const TIES: ReadonlySet<string> = new Set(['to', 'on']);

/**
 * index-contribution. Example: "Shiseido rose 2.4% to provide the largest lift to the Nikkei": an index named
 * after the figure as what a stock's move helped or hurt is where the stock trades, not what moved by it.
 */
export const indexContribution: AliasDrop = (o, { info, ce }) => {
  if (o.first <= ce) return false;
  const t = info.tokens;
  let i = o.first - 1;
  if (i >= 0 && t[i]!.norm === 'the') i--;
  if (i < 1 || !TIES.has(t[i]!.norm)) return false;
  return CONTRIBUTION_NOUNS.has(t[i - 1]!.norm);
};
