import type { AliasDrop } from '../site';

/** Bare side words that report a market's move, never a tariff's ("down 2%"; a tariff is "cut to" or "raised to"). */
const SIDE_WORDS: ReadonlySet<string> = new Set(['down', 'up', 'higher', 'lower']);

/**
 * tariff-market-move. Example: "Dollar slides on EU tariff threat, down 1.4% on week": a figure right after a
 * bare "down" or "up" is a market's move that the sentence's tariff words only explain.
 */
export const tariffMarketMove: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'tariff') return false;
  const before = info.tokens[cs - 1]?.norm;
  return !!before && SIDE_WORDS.has(before);
};
