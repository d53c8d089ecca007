import type { AliasDrop } from '../site';

/**
 * combined-tariff. Example: "Washington's total tariff rate on China, counting every layer, falls to 47%": a total of
 * every layer of duties (or an average across goods) is a measure the catalogue does not keep; the rate set on the
 * partner is another figure.
 */
const COMBINED_WORDS: ReadonlySet<string> = new Set([
  'cumulative',
  'overall',
  'total',
  'stacked',
  'average',
  'effective',
]);
/** How many words before the alias the qualifier may stand ("the total U.S. tariff rate"). */
const REACH = 3;

export const combinedTariff: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.kind !== 'tariff') return false;
  for (let i = o.first - 1; i >= Math.max(0, o.first - REACH); i--)
    if (COMBINED_WORDS.has(info.tokens[i]!.norm)) return true;
  return false;
};
