import type { AliasDrop } from '../site';

/**
 * Example: "Auto exports to the US ... accounting for nearly 28% of all shipments": one product's
 * exports are not the country's exports, so the share is not the U.S. share of Japan's exports.
 */
const PRODUCT_WORDS: ReadonlySet<string> = new Set([
  'auto',
  'car',
  'vehicle',
  'chip',
  'semiconductor',
  'steel',
  'aluminum',
  'aluminium',
  'rice',
  'beef',
  'agricultural',
  'farm',
  'food',
  'machinery',
  'electronics',
  'pharmaceutical',
  'drug',
  'energy',
  'oil',
  'lng',
  'service',
  'arm',
  'weapon',
  'aircraft',
  'seafood',
  'textile',
]);

export const productExports: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.kind !== 'share' || !o.entry.core.includes('export')) return false;
  const i = o.first - 1;
  return i >= 0 && PRODUCT_WORDS.has(info.tokens[i]!.norm);
};
