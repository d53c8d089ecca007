import type { AliasDrop } from '../site';

/** The word that ties a contribution to the output it adds to or takes from: "to real GDP", "from GDP". */
const TIES: ReadonlySet<string> = new Set(['to', 'from']);

/**
 * gdp-contribution. Example: "inventories took 0.9 pp from real GDP, after adding 1.2 pp the quarter before": points
 * added to or taken from output are a component's contribution to growth, not the economy's growth, for every
 * point figure of the sentence.
 */
export const gdpContribution: AliasDrop = (o, { info, expr }) => {
  if (o.entry.indicator.kind !== 'growth' || expr.unit !== 'pp') return false;
  let i = o.first - 1;
  if (info.tokens[i]?.norm === 'real') i--;
  return TIES.has(info.tokens[i]?.norm ?? '');
};
