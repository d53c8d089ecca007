import type { AliasDrop } from '../site';

/**
 * digital-gold. Example: "Bitcoin, long marketed as “digital gold,” is down 4.3% for 2025": "digital gold" is a
 * coin's nickname, not the metal.
 */
export const digitalGold: AliasDrop = (o, { info }) =>
  o.entry.indicator.category === 'commodities' && info.tokens[o.first - 1]?.norm === 'digital';
