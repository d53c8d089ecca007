import { isNumberedIndex } from '../lexicon/numbered-indices';
import type { AliasDrop } from '../site';

/** How far back from the figure its clause's subject may stand ("the ASX 200 edged up 0.3%": three words). */
const SUBJECT_TOKENS = 5;

/** "ASX 200", "CSI 300", or "Euro Stoxx" without its 50: an index the catalogue does not hold, starting at `k`. */
function unlistedIndexAt(tokens: readonly { norm: string }[], k: number): boolean {
  const next = tokens[k + 1]?.norm;
  if (tokens[k]?.norm === 'euro' && next === 'stoxx') return tokens[k + 2]?.norm !== '50';
  const n = Number(next?.replace(/,/g, ''));
  return Number.isFinite(n) && isNumberedIndex(tokens[k]?.norm, n);
}

/**
 * unlisted-index-subject. Example: "Sydney's ASX 200 added 0.3% while the Hang Seng slipped 0.1%", "the Euro Stoxx
 * shed 3.5% on the week, the DAX 2%": the figure is the index named just before it, which the catalogue does not hold;
 * a name after the figure is the next clause's subject, not this figure's.
 */
export const unlistedIndexSubject: AliasDrop = (o, { info, cs, ce }) => {
  if (o.first <= ce) return false;
  for (let k = cs - 2; k >= Math.max(0, cs - SUBJECT_TOKENS); k--) if (unlistedIndexAt(info.tokens, k)) return true;
  return false;
};
