import type { AliasDrop } from '../site';

/**
 * pair-together: "Against the dollar the yen is now up about 1.9%": a pair's name ("dollar-yen") is written in one
 * piece; its two currencies with other words between them name the one that moves, not the pair.
 */
// Words skipped inside the match (a stop word like "the" is skipped without counting as a gap) set the parts apart.
export const pairTogether: AliasDrop = (o) =>
  o.entry.indicator.kind === 'fx' && o.entry.core.length > 1 && o.last - o.first + 1 > o.entry.core.length;
