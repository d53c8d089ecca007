import type { AliasDrop } from '../site';

/**
 * Example: "Intel surged 23%, the top gainer on the S&P 500", "the second-best performer on the
 * Dow, with a 3.5% jump": the index names where a stock trades, not what moved.
 */
const MEMBER_NOUNS = new Set([
  'gainer',
  'loser',
  'performer',
  'decliner',
  'laggard',
  'riser',
  'faller',
  'member',
  'component',
  'constituent',
  'name',
  'stock',
  'share',
  'weight',
  'heavyweight',
]);

export const constituent: AliasDrop = (o, { info }) => {
  const { tokens } = info;
  const after = tokens[o.last + 1];
  // among-members: "Among Dow components, Merck led gainers with a 4.3% rise": members named after the index.
  if (o.first > 0 && tokens[o.first - 1]!.norm === 'among' && after && MEMBER_NOUNS.has(after.norm)) return true;
  let i = o.first - 1;
  if (i >= 0 && tokens[i]!.norm === 'the') i--;
  if (i < 1 || (tokens[i]!.norm !== 'on' && tokens[i]!.norm !== 'in' && tokens[i]!.norm !== 'of')) return false;
  return MEMBER_NOUNS.has(tokens[i - 1]!.norm);
};
