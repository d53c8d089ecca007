import type { AliasDrop } from '../site';

/**
 * headline-of-core. Example: "Headline PCE inflation eased to 2.3% in June": "headline" or "overall" right
 * before a core measure's alias ("PCE inflation" names core PCE) makes it the headline measure, which the
 * catalogue does not hold, not the core one.
 */
const HEADLINE_WORDS: ReadonlySet<string> = new Set(['headline', 'overall', 'all-items']);
/** Words "headline" may stand before the alias: "headline U.S. PCE inflation". */
const NEAR_TOKENS = 2;

export const headlineOfCore: AliasDrop = (o, { info }) => {
  const e = o.entry;
  if (e.indicator.kind !== 'inflation' || !/core/i.test(e.indicator.id)) return false;
  const { tokens } = info;
  for (let i = o.last; i >= o.first; i--) if (tokens[i]?.norm === 'core') return false;
  for (let i = Math.max(0, o.first - NEAR_TOKENS); i < o.first; i++)
    if (HEADLINE_WORDS.has(tokens[i]?.norm ?? '')) return true;
  return false;
};
