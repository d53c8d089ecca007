import type { AliasDrop } from '../site';

/**
 * other-metal-auction. Example: "Silver's afternoon price jumped to $31.795", "The white metal's afternoon price leapt
 * $2.115": an auction's name without its metal ("afternoon price"), right after another metal, is that metal's
 * auction, not gold's.
 */
const OTHER_METALS: ReadonlySet<string> = new Set(['silver', 'platinum', 'palladium', 'copper']);

export const otherMetalAuction: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.kind !== 'commodity' || o.first < 1) return false;
  const own =
    o.entry.indicator.id === 'cmd.gold_usd' ? 'gold' : o.entry.indicator.id === 'cmd.silver_usd' ? 'silver' : null;
  if (!own || o.entry.core.includes(own)) return false;
  const { tokens } = info;
  const before = tokens[o.first - 1]!.norm;
  if (OTHER_METALS.has(before) && before !== own) return true;
  // "the white metal's": silver's.
  return own !== 'silver' && before === 'metal' && tokens[o.first - 2]?.norm === 'white';
};
