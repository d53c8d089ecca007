import type { AliasDrop } from '../site';

/** Example: "Japan's real policy rate", "real yields": inflation-adjusted, another measure. */
export const realRate: AliasDrop = (o, { info }) => {
  const kind = o.entry.indicator.kind;
  return info.tokens[o.first - 1]?.norm === 'real' && (kind === 'rate' || kind === 'yield');
};
