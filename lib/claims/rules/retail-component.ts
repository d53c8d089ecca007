import type { AliasDrop } from '../site';

/** Words that name one channel of retail sales, not the total. */
const CHANNEL_WORDS: ReadonlySet<string> = new Set(['nonstore', 'online', 'internet', 'ecommerce']);

/**
 * retail-component. Example: "online retail sales grew 7% on the year": one channel's sales, not the headline
 * month-on-month figure the catalogue keeps.
 */
export const retailComponent: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.id !== 'us.retail_sales_mom') return false;
  const before = info.tokens[o.first - 1]?.norm;
  return !!before && CHANNEL_WORDS.has(before);
};
