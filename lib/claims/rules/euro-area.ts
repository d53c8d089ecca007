import type { AliasDrop } from '../site';

/**
 * euro-area. Example: "Consumer prices in the 20-country euro area rose 2.0%": "euro" before "area",
 * "zone" or "bloc" names the currency union's economy, not the currency.
 */
const AREA_WORDS: ReadonlySet<string> = new Set(['area', 'zone', 'region', 'bloc']);

export const euroArea: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.kind !== 'fx') return false;
  const { tokens } = info;
  return tokens[o.last]?.norm === 'euro' && AREA_WORDS.has(tokens[o.last + 1]?.norm ?? '');
};
